package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicMarkableReference;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Exercises synchronizers and async plumbing: CyclicBarrier generations, its barrier action and
 * breaking (timeout, failing action, reset), ExecutorCompletionService completion order,
 * SynchronousQueue hand-offs, the stamped/markable references and double adders,
 * Future.state/resultNow/exceptionNow, and CompletableFuture's either/both combinators,
 * executor-taking async stages, timeouts, exceptionallyCompose and minimal stages.
 */
public class Synchronizers {

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getCause() == null ? "" : "(" + t.getCause().getClass().getSimpleName() + ": "
                + t.getCause().getMessage() + ")");
    }

    public static void main(String[] args) throws Exception {
        barriers();
        completionService();
        synchronousQueue();
        atomics();
        futureStates();
        completableFutures();
        queuesAndMemoryOrders();
        stampsAndUnits();
        customSynchronizers();
    }

    /** The AbstractQueuedSynchronizer javadoc's mutex (state 1 = locked). */
    static final class Mutex extends java.util.concurrent.locks.AbstractQueuedSynchronizer {
        @Override
        protected boolean isHeldExclusively() {
            return getState() == 1 && getExclusiveOwnerThread() == Thread.currentThread();
        }

        @Override
        protected boolean tryAcquire(int acquires) {
            if (compareAndSetState(0, 1)) {
                setExclusiveOwnerThread(Thread.currentThread());
                return true;
            }
            return false;
        }

        @Override
        protected boolean tryRelease(int releases) {
            if (getState() == 0) {
                throw new IllegalMonitorStateException();
            }
            setExclusiveOwnerThread(null);
            setState(0);
            return true;
        }
    }

    /** A one-shot latch on a long state: shared acquires pass once it is released. */
    static final class Gate extends java.util.concurrent.locks.AbstractQueuedLongSynchronizer {
        @Override
        protected long tryAcquireShared(long ignore) {
            return getState() != 0 ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(long ignore) {
            setState(1L << 40);
            return true;
        }
    }

    static void customSynchronizers() throws Exception {
        Mutex mutex = new Mutex();
        int[] counter = {0};
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread w = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    mutex.acquire(1);
                    try {
                        counter[0]++;
                        if (i % 100 == 0) {
                            Thread.yield();
                        }
                    } finally {
                        mutex.release(1);
                    }
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        String text = mutex.toString();
        System.out.println("mutex counted " + counter[0] + " " + text.substring(text.indexOf('[')) + " held " + mutex.isHeldExclusively()
                + " release unheld: " + releaseUnheld(mutex));
        Gate gate = new Gate();
        int[] passed = {0};
        List<Thread> waiters = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread w = new Thread(() -> {
                gate.acquireShared(1);
                synchronized (passed) {
                    passed[0]++;
                }
            });
            waiters.add(w);
            w.start();
        }
        while (gate.getQueueLength() < 3) {
            Thread.sleep(1);
        }
        String before = gate.toString();
        gate.releaseShared(1);
        for (Thread w : waiters) {
            w.join();
        }
        String after = gate.toString();
        System.out.println("gate " + before.substring(before.indexOf('[')) + " -> " + after.substring(after.indexOf('[')) + " passed "
                + passed[0] + " contended " + gate.hasContended());
    }

    private static String releaseUnheld(Mutex mutex) {
        try {
            mutex.release(1);
            return "released";
        } catch (IllegalMonitorStateException e) {
            return "IllegalMonitorStateException";
        }
    }

    static void stampsAndUnits() throws Exception {
        java.util.concurrent.locks.StampedLock sl = new java.util.concurrent.locks.StampedLock();
        long optimistic = sl.tryOptimisticRead();
        long write = sl.writeLock();
        String during = "valid while writing " + sl.validate(optimistic) + " " + sl;
        long read = sl.tryConvertToReadLock(write);
        String converted = sl.toString();
        sl.unlockRead(read);
        long again = sl.tryOptimisticRead();
        System.out.println("stamped: " + during.replaceAll("@[0-9a-f]+", "") + "; after downgrade " + converted.substring(converted.indexOf('['))
                + "; optimistic stamps " + optimistic + " then " + again + " valid " + sl.validate(again) + " old valid " + sl.validate(optimistic)
                + " write stamp " + java.util.concurrent.locks.StampedLock.isWriteLockStamp(write) + " read stamp "
                + java.util.concurrent.locks.StampedLock.isReadLockStamp(read));
        java.util.concurrent.TimeUnit[] units = java.util.concurrent.TimeUnit.values();
        StringBuilder sb = new StringBuilder();
        for (java.util.concurrent.TimeUnit u : units) {
            sb.append(u.toChronoUnit()).append('=').append(u.convert(java.time.Duration.ofSeconds(90061, 5_000_123))).append(' ');
        }
        System.out.println("time units " + sb.toString().trim() + " of(HOURS) " + java.util.concurrent.TimeUnit.of(java.time.temporal.ChronoUnit.HOURS)
                + " negative " + java.util.concurrent.TimeUnit.MILLISECONDS.convert(java.time.Duration.ofMillis(-1500).plusNanos(1)));
        try {
            java.util.concurrent.TimeUnit.of(java.time.temporal.ChronoUnit.WEEKS);
        } catch (IllegalArgumentException e) {
            System.out.println("of(WEEKS): " + e.getMessage());
        }
        List<String> kinds = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.Executor spy = r -> {
            kinds.add(String.valueOf(r instanceof CompletableFuture.AsynchronousCompletionTask));
            r.run();
        };
        CompletableFuture.supplyAsync(() -> 1, spy).thenApplyAsync(x -> x + 1, spy).join();
        System.out.println("async tasks are AsynchronousCompletionTasks " + kinds);
    }

    /** A task failure with a message of its own (ExecutionException's protected constructors). */
    static final class JobFailed extends ExecutionException {
        JobFailed(String message) {
            super(message);
        }
    }

    static void queuesAndMemoryOrders() throws Exception {
        java.util.concurrent.atomic.AtomicInteger ai = new java.util.concurrent.atomic.AtomicInteger(5);
        java.util.concurrent.atomic.AtomicLong al = new java.util.concurrent.atomic.AtomicLong(7);
        java.util.concurrent.atomic.AtomicBoolean ab = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<String> ar = new java.util.concurrent.atomic.AtomicReference<>("a");
        System.out.println("compareAndExchange " + ai.compareAndExchange(5, 6) + " " + ai.compareAndExchange(5, 9) + " " + ai.getPlain()
                + " acquire " + ai.getAcquire() + " opaque " + ai.getOpaque() + "; long " + al.compareAndExchangeRelease(7, 8) + " "
                + al.weakCompareAndSetVolatile(8, 10) + " " + al.getAcquire() + "; boolean " + ab.compareAndExchange(false, true) + " "
                + ab.getPlain() + " " + ab.weakCompareAndSetPlain(false, true) + "; reference " + ar.compareAndExchangeAcquire("a", "b")
                + " " + ar.weakCompareAndSetRelease("b", "c") + " " + ar.getPlain());
        ai.setRelease(1);
        ai.setOpaque(ai.getPlain() + 1);
        al.setPlain(-1);
        ab.setRelease(false);
        System.out.println("after sets " + ai + " " + al + " " + ab + " flow buffer " + java.util.concurrent.Flow.defaultBufferSize()
                + " failure " + new JobFailed("disk").getMessage() + " cause " + new JobFailed("x").getCause());

        java.util.concurrent.Semaphore gate = new java.util.concurrent.Semaphore(0);
        java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        java.util.concurrent.locks.Condition ready = lock.newCondition();
        Thread gateWaiter = new Thread(gate::acquireUninterruptibly);
        gateWaiter.start();
        while (!gate.hasQueuedThreads()) {
            Thread.sleep(1);
        }
        boolean[] flag = {false};
        Thread conditionWaiter = new Thread(() -> {
            lock.lock();
            try {
                while (!flag[0]) {
                    ready.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
        });
        conditionWaiter.start();
        while (true) {
            lock.lock();
            try {
                if (lock.hasWaiters(ready)) {
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        lock.lock();
        Thread lockWaiter = new Thread(() -> {
            lock.lock();
            lock.unlock();
        });
        lockWaiter.start();
        while (!lock.hasQueuedThread(lockWaiter)) {
            Thread.sleep(1);
        }
        System.out.println("semaphore queue " + gate.getQueueLength() + "; lock queue " + lock.getQueueLength() + " condition waiters "
                + lock.getWaitQueueLength(ready) + " foreign condition: " + foreignCondition(lock));
        flag[0] = true;
        ready.signalAll();
        lock.unlock();
        gate.release();
        gateWaiter.join();
        conditionWaiter.join();
        lockWaiter.join();
        System.out.println("all released: semaphore queued " + gate.hasQueuedThreads() + " lock queued " + lock.hasQueuedThreads());

        java.util.concurrent.locks.ReentrantReadWriteLock rw = new java.util.concurrent.locks.ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        Thread writer = new Thread(() -> {
            rw.writeLock().lock();
            rw.writeLock().unlock();
        });
        writer.start();
        while (!rw.hasQueuedThread(writer)) {
            Thread.sleep(1);
        }
        String rwText = rw.toString();
        String readText = rw.readLock().toString();
        System.out.println("read-write " + rwText.substring(rwText.indexOf('[')) + " " + readText.substring(readText.indexOf('['))
                + " read holds " + rw.getReadHoldCount() + " queue " + rw.getQueueLength() + " write locked " + rw.isWriteLocked());
        rw.readLock().unlock();
        rw.readLock().unlock();
        writer.join();
        rw.writeLock().lock();
        rw.writeLock().lock();
        String writeText = rw.writeLock().toString();
        System.out.println("write holds " + rw.getWriteHoldCount() + " " + rw.writeLock().getHoldCount() + " "
                + writeText.substring(writeText.indexOf('[')).replace(Thread.currentThread().getName(), "<me>") + " fair " + rw.isFair());
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        java.security.PrivilegedAction<String> action = () -> "privileged";
        System.out.println("callable(PrivilegedAction) " + Executors.callable(action).call());
    }

    private static String foreignCondition(java.util.concurrent.locks.ReentrantLock lock) {
        try {
            return String.valueOf(lock.hasWaiters(new java.util.concurrent.locks.ReentrantLock().newCondition()));
        } catch (IllegalArgumentException e) {
            return "IllegalArgumentException " + e.getMessage();
        }
    }

    static void barriers() throws Exception {
        List<String> trips = Collections.synchronizedList(new ArrayList<>());
        int[] generation = {0};
        CyclicBarrier barrier = new CyclicBarrier(3, () -> trips.add("trip " + (++generation[0])));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int indexSum = 0;
        for (int round = 0; round < 3; round++) {
            Future<Integer> a = pool.submit(() -> barrier.await());
            Future<Integer> b = pool.submit(() -> barrier.await());
            int mine = barrier.await();
            indexSum += mine + a.get() + b.get();
        }
        System.out.println(trips + " arrival indices sum " + indexSum + " parties " + barrier.getParties() + " waiting "
                + barrier.getNumberWaiting() + " broken " + barrier.isBroken());

        CyclicBarrier pair = new CyclicBarrier(2);
        try {
            pair.await(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed out alone; broken " + pair.isBroken());
        }
        try {
            pair.await();
        } catch (BrokenBarrierException e) {
            System.out.println("await on broken barrier: BrokenBarrierException");
        }
        pair.reset();
        System.out.println("after reset broken " + pair.isBroken());

        CyclicBarrier failing = new CyclicBarrier(2, () -> {
            throw new IllegalStateException("action failed");
        });
        Future<String> other = pool.submit(() -> {
            try {
                failing.await();
                return "passed";
            } catch (IllegalStateException e) {
                return "last party: " + e.getMessage();
            } catch (BrokenBarrierException e) {
                return "other party: BrokenBarrierException";
            }
        });
        String mine;
        try {
            failing.await();
            mine = "passed";
        } catch (IllegalStateException e) {
            mine = "last party: " + e.getMessage();
        } catch (BrokenBarrierException e) {
            mine = "other party: BrokenBarrierException";
        }
        String theirs = other.get();
        List<String> outcomes = new ArrayList<>(List.of(mine, theirs));
        Collections.sort(outcomes);
        System.out.println("failing action " + outcomes + " broken " + failing.isBroken());

        CyclicBarrier interrupted = new CyclicBarrier(3);
        CountDownLatch waiting = new CountDownLatch(1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Thread victim = new Thread(() -> {
            try {
                interrupted.await();
            } catch (InterruptedException e) {
                seen.add("victim: InterruptedException");
            } catch (BrokenBarrierException e) {
                seen.add("victim: BrokenBarrierException");
            }
        });
        Thread bystander = new Thread(() -> {
            try {
                waiting.countDown();
                interrupted.await();
            } catch (InterruptedException e) {
                seen.add("bystander: InterruptedException");
            } catch (BrokenBarrierException e) {
                seen.add("bystander: BrokenBarrierException");
            }
        });
        bystander.start();
        waiting.await();
        while (interrupted.getNumberWaiting() < 1) {
            Thread.sleep(1);
        }
        victim.start();
        while (interrupted.getNumberWaiting() < 2) {
            Thread.sleep(1);
        }
        victim.interrupt();
        victim.join();
        bystander.join();
        Collections.sort(seen);
        System.out.println("interrupt breaks the barrier " + seen + " broken " + interrupted.isBroken());
        try {
            new CyclicBarrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println("zero parties: IllegalArgumentException");
        }
        pool.shutdown();
    }

    static void completionService() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        ExecutorCompletionService<String> cs = new ExecutorCompletionService<>(pool);
        CountDownLatch releaseMiddle = new CountDownLatch(1);
        CountDownLatch releaseSlowest = new CountDownLatch(1);
        cs.submit(() -> {
            releaseSlowest.await();
            return "slowest";
        });
        cs.submit(() -> {
            releaseMiddle.await();
            return "middle";
        });
        cs.submit(() -> "fastest");
        StringBuilder order = new StringBuilder();
        order.append(cs.take().get()).append(' ');
        releaseMiddle.countDown();
        order.append(cs.take().get()).append(' ');
        releaseSlowest.countDown();
        order.append(cs.take().get()).append(' ');
        cs.submit(() -> {
            throw new IllegalArgumentException("bad input");
        });
        try {
            cs.take().get();
        } catch (ExecutionException e) {
            order.append("then ").append(describe(e));
        }
        System.out.println("completion order " + order + "; poll on empty " + cs.poll() + " "
                + cs.poll(1, TimeUnit.MILLISECONDS));
        pool.shutdown();
    }

    static void synchronousQueue() throws Exception {
        SynchronousQueue<Integer> handOff = new SynchronousQueue<>();
        System.out.println("offer without a taker " + handOff.offer(1) + " poll without a giver " + handOff.poll() + " size "
                + handOff.size() + " " + handOff + " remaining " + handOff.remainingCapacity());
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 5; i++) {
                    handOff.put(i * i);
                }
                handOff.put(-1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        int sum = 0;
        int count = 0;
        for (int v = handOff.take(); v >= 0; v = handOff.take()) {
            sum += v;
            count++;
        }
        producer.join();
        System.out.println("handed off " + count + " values, sum " + sum + ", timed offer " + handOff.offer(9, 2, TimeUnit.MILLISECONDS)
                + ", timed poll " + handOff.poll(2, TimeUnit.MILLISECONDS));
    }

    static void atomics() {
        String a = "A";
        String b = "B";
        AtomicStampedReference<String> stamped = new AtomicStampedReference<>(a, 0);
        int[] holder = new int[1];
        String seen = stamped.get(holder);
        int seenStamp = holder[0];
        stamped.compareAndSet(a, b, 0, 1);
        stamped.compareAndSet(b, a, 1, 2);
        System.out.println("ABA detected: cas with old stamp " + stamped.compareAndSet(seen, "C", seenStamp, seenStamp + 1)
                + ", reference " + stamped.getReference() + " stamp " + stamped.getStamp() + ", attemptStamp "
                + stamped.attemptStamp(a, 7) + " -> " + stamped.getStamp() + ", identity not equals: "
                + stamped.compareAndSet(new String("A"), "D", 7, 8));
        AtomicMarkableReference<String> marked = new AtomicMarkableReference<>("node", false);
        boolean[] mark = new boolean[1];
        System.out.println("mark " + marked.attemptMark("node", true) + " " + marked.isMarked() + " cas " + marked.compareAndSet("node", "next", false, false)
                + " " + marked.compareAndSet("node", "next", true, false) + " -> " + marked.get(mark) + " marked " + mark[0]);
        DoubleAdder adder = new DoubleAdder();
        for (int i = 0; i < 10; i++) {
            adder.add(0.1);
        }
        DoubleAccumulator max = new DoubleAccumulator(Math::max, Double.NEGATIVE_INFINITY);
        for (double d : new double[] {3.5, -2, 9.25, 1e-3}) {
            max.accumulate(d);
        }
        System.out.println("adder " + adder + " int " + adder.intValue() + " then reset " + adder.sumThenReset() + " -> " + adder.sum()
                + "; max " + max + " long " + max.longValue() + " reset " + max.getThenReset() + " -> " + max.get());
    }

    static void futureStates() throws Exception {
        FutureTask<Integer> ok = new FutureTask<>(() -> 6 * 7);
        String before = ok.state() + " " + attemptNow(ok::resultNow);
        ok.run();
        FutureTask<Integer> bad = new FutureTask<>(() -> {
            throw new java.io.IOException("disk full");
        });
        bad.run();
        FutureTask<Integer> cancelled = new FutureTask<>(() -> 1);
        cancelled.cancel(false);
        System.out.println("before run " + before + "; ok " + ok.state() + " " + ok.resultNow() + " " + attemptNow(ok::exceptionNow)
                + "; bad " + bad.state() + " " + bad.exceptionNow().getMessage() + " " + attemptNow(bad::resultNow)
                + "; cancelled " + cancelled.state() + " " + attemptNow(cancelled::resultNow));
    }

    private static String attemptNow(java.util.function.Supplier<?> op) {
        try {
            return String.valueOf(op.get());
        } catch (IllegalStateException e) {
            return "ISE(" + e.getMessage() + ")";
        }
    }

    static void completableFutures() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletableFuture<String> fast = CompletableFuture.completedFuture("fast");
        System.out.println("applyToEither " + slow.applyToEither(fast, String::toUpperCase).join() + " acceptEither "
                + fast.acceptEitherAsync(slow, s -> { }, pool).thenApply(v -> "ran").join());
        CompletableFuture<Void> bothRun = slow.runAfterBothAsync(fast, () -> { }, pool);
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(new IllegalStateException("nope"));
        CompletableFuture<String> combined = failed.thenCombineAsync(slow, (x, y) -> x + y, pool);
        String slowText = slow.toString();
        System.out.println("pending: both " + bothRun.state() + " combined " + combined.isDone() + " " + slowText.substring(slowText.indexOf('[')));
        slow.complete("slow");
        System.out.println("after completing: both " + bothRun.thenApply(v -> "done").join() + " combined "
                + describe(combined.handle((v, t) -> t).join()) + " " + combined.state());
        System.out.println("thenApplyAsync " + fast.thenApplyAsync(s -> s + "!", pool).join() + " thenComposeAsync "
                + fast.thenComposeAsync(s -> CompletableFuture.supplyAsync(() -> s.length(), pool), pool).join()
                + " handleAsync " + failed.handleAsync((v, t) -> t.getMessage(), pool).join()
                + " whenCompleteAsync " + fast.whenCompleteAsync((v, t) -> { }, pool).join());
        System.out.println("exceptionallyCompose " + failed.exceptionallyCompose(t -> CompletableFuture.completedFuture(-1)).join()
                + " exceptionallyAsync " + failed.exceptionallyAsync(t -> t.getMessage().length(), pool).join()
                + " copy " + describe(failed.copy().handle((v, t) -> t).join()));
        CompletableFuture<String> never = new CompletableFuture<>();
        try {
            never.orTimeout(5, TimeUnit.MILLISECONDS).join();
        } catch (RuntimeException e) {
            System.out.println("orTimeout " + describe(e) + " " + never.isCompletedExceptionally());
        }
        System.out.println("completeOnTimeout " + new CompletableFuture<String>().completeOnTimeout("default", 5, TimeUnit.MILLISECONDS).join()
                + " delayedExecutor " + CompletableFuture.supplyAsync(() -> "late", CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS, pool)).join()
                + " completeAsync " + new CompletableFuture<String>().completeAsync(() -> "async", pool).join());
        CompletionStage<String> minimal = fast.minimalCompletionStage();
        try {
            ((CompletableFuture<String>) minimal).complete("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("minimal stage refuses complete; thenApply " + minimal.thenApply(s -> s + "?").toCompletableFuture().join()
                    + " completedStage " + CompletableFuture.completedStage(1).thenApply(x -> x + 1).toCompletableFuture().join()
                    + " failedStage " + describe(CompletableFuture.failedStage(new ArithmeticException("x")).toCompletableFuture().handle((v, t) -> t).join()));
        }
        String failedText = failed.toString();
        System.out.println(failedText.substring(failedText.indexOf('[')) + " " + fast.toString().substring(fast.toString().indexOf('[')));
        System.out.println("states " + fast.state() + " " + failed.state() + " " + failed.exceptionNow().getMessage() + " dependents "
                + new CompletableFuture<String>().getNumberOfDependents());
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
