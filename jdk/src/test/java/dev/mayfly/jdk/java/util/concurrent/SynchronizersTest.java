package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.jdk.java.util.concurrent.locks.LockSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mayfly's Phaser, Exchanger, DelayQueue, LinkedTransferQueue and LockSupport on the host's threads. */
class SynchronizersTest {

    @Test
    void phaserAdvancesWhenAllPartiesArriveAndTerminatesWhenNoneRemain() throws Exception {
        Phaser phaser = new Phaser(1);
        assertEquals(0, phaser.register());
        assertEquals(2, phaser.getRegisteredParties());
        Thread worker = new Thread(() -> {
            phaser.arriveAndAwaitAdvance();
            phaser.arriveAndDeregister();
        });
        worker.start();
        assertEquals(1, phaser.arriveAndAwaitAdvance());
        assertEquals(1, phaser.getPhase());
        worker.join();
        assertEquals(1, phaser.getRegisteredParties());
        assertEquals(1, phaser.arriveAndDeregister());
        assertTrue(phaser.isTerminated());
        assertTrue(phaser.getPhase() < 0);
        assertTrue(phaser.register() < 0);
        assertThrows(IllegalStateException.class, () -> new Phaser().arrive());
        assertThrows(TimeoutException.class, () -> new Phaser(1).awaitAdvanceInterruptibly(0, 1, TimeUnit.MILLISECONDS));
        Phaser custom = new Phaser(1) {
            @Override
            protected boolean onAdvance(int phase, int parties) {
                return phase >= 2;
            }
        };
        assertEquals(0, custom.arrive());
        assertEquals(1, custom.arrive());
        assertEquals(2, custom.arrive());
        assertTrue(custom.isTerminated());
        assertTrue(new Phaser(3).toString().endsWith("[phase = 0 parties = 3 arrived = 0]"));
    }

    @Test
    void exchangerSwapsBetweenTwoThreads() throws Exception {
        Exchanger<String> ex = new Exchanger<>();
        String[] got = new String[1];
        Thread other = new Thread(() -> {
            try {
                got[0] = ex.exchange("from other");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        assertEquals("from other", ex.exchange("from main"));
        other.join();
        assertEquals("from main", got[0]);
        assertThrows(TimeoutException.class, () -> ex.exchange("alone", 1, TimeUnit.MILLISECONDS));
    }

    /** A Delayed due at a fixed nanoTime. */
    private record Due(String name, long at) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    @Test
    void delayQueueHandsOutOnlyExpiredElementsInDelayOrder() throws Exception {
        DelayQueue<Due> q = new DelayQueue<>();
        long now = System.nanoTime();
        q.put(new Due("later", now + 30_000_000L));
        q.put(new Due("sooner", now + 10_000_000L));
        q.put(new Due("past", now - 1));
        assertEquals("past", q.poll().name());
        assertNull(q.poll());
        assertEquals("sooner", q.peek().name());
        assertEquals("sooner", q.take().name());
        assertEquals("later", q.take().name());
        assertThrows(java.util.NoSuchElementException.class, q::remove);
    }

    @Test
    void transferWaitsForAConsumer() throws Exception {
        LinkedTransferQueue<Integer> q = new LinkedTransferQueue<>();
        assertFalse(q.tryTransfer(1));
        assertFalse(q.tryTransfer(1, 1, TimeUnit.MILLISECONDS));
        assertEquals(0, q.size());
        List<Integer> got = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            try {
                got.add(q.take());
                got.add(q.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        q.transfer(7);
        q.put(8);
        consumer.join();
        assertEquals(List.of(7, 8), got);
        q.offer(9);
        assertEquals("[9]", q.toString());
    }

    @Test
    void parkReturnsAtOnceWithAPermitAndUnparkWakesAParkedThread() throws Exception {
        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();
        long t0 = System.nanoTime();
        LockSupport.parkNanos(2_000_000L);
        assertTrue(System.nanoTime() - t0 >= 1_000_000L);
        boolean[] woke = {false};
        Object blocker = new Object();
        Thread parked = new Thread(() -> {
            LockSupport.park(blocker);
            woke[0] = true;
        });
        parked.start();
        while (LockSupport.getBlocker(parked) == null && parked.isAlive()) {
            Thread.sleep(1);
        }
        LockSupport.unpark(parked);
        parked.join();
        assertTrue(woke[0]);
        Thread.currentThread().interrupt();
        LockSupport.park();
        assertTrue(Thread.interrupted());
    }
}
