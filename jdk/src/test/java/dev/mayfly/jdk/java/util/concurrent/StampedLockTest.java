package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mayfly.jdk.java.util.concurrent.locks.StampedLock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mayfly's StampedLock against the host JDK's: the same single-threaded sequence, the same stamps and answers. */
class StampedLockTest {

    private static String attempt(java.util.function.LongSupplier op) {
        try {
            return String.valueOf(op.getAsLong());
        } catch (IllegalMonitorStateException e) {
            return "IMSE";
        }
    }

    @Test
    void stampsAndConversionsAreTheJdks() {
        List<String> jdk = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        java.util.concurrent.locks.StampedLock j = new java.util.concurrent.locks.StampedLock();
        StampedLock o = new StampedLock();
        long jo = j.tryOptimisticRead();
        long oo = o.tryOptimisticRead();
        jdk.add(jo + " " + j.validate(jo) + " " + j);
        ours.add(oo + " " + o.validate(oo) + " " + o);
        long jw = j.writeLock();
        long ow = o.writeLock();
        jdk.add(jw + " " + j.validate(jo) + " " + j.tryOptimisticRead() + " " + j.tryReadLock() + " " + java.util.concurrent.locks.StampedLock.isWriteLockStamp(jw));
        ours.add(ow + " " + o.validate(oo) + " " + o.tryOptimisticRead() + " " + o.tryReadLock() + " " + StampedLock.isWriteLockStamp(ow));
        long jr = j.tryConvertToReadLock(jw);
        long or = o.tryConvertToReadLock(ow);
        long jr2 = j.readLock();
        long or2 = o.readLock();
        jdk.add(jr + " " + jr2 + " " + j.getReadLockCount() + " " + j.tryConvertToWriteLock(jr) + " " + j.isReadLocked());
        ours.add(or + " " + or2 + " " + o.getReadLockCount() + " " + o.tryConvertToWriteLock(or) + " " + o.isReadLocked());
        j.unlockRead(jr2);
        o.unlockRead(or2);
        long jw2 = j.tryConvertToWriteLock(jr);
        long ow2 = o.tryConvertToWriteLock(or);
        jdk.add(jw2 + " " + attempt(() -> {
            j.unlockRead(jw2);
            return 0;
        }) + " " + j.tryConvertToOptimisticRead(jw2) + " " + j.isWriteLocked() + " " + j.tryUnlockRead());
        ours.add(ow2 + " " + attempt(() -> {
            o.unlockRead(ow2);
            return 0;
        }) + " " + o.tryConvertToOptimisticRead(ow2) + " " + o.isWriteLocked() + " " + o.tryUnlockRead());
        long js = j.tryOptimisticRead();
        long os = o.tryOptimisticRead();
        jdk.add(js + " " + j.tryConvertToWriteLock(js) + " " + j.tryUnlockWrite() + " " + j.validate(js) + " "
                + java.util.concurrent.locks.StampedLock.isOptimisticReadStamp(js) + " " + j.asWriteLock().tryLock() + " " + j);
        ours.add(os + " " + o.tryConvertToWriteLock(os) + " " + o.tryUnlockWrite() + " " + o.validate(os) + " "
                + StampedLock.isOptimisticReadStamp(os) + " " + o.asWriteLock().tryLock() + " " + o);
        assertEquals(jdk.toString().replaceAll("@[0-9a-f]+", "@"), ours.toString().replaceAll("@[0-9a-f]+", "@")
                .replace("dev.mayfly.jdk.java.util.concurrent.locks", "java.util.concurrent.locks"));
    }
}
