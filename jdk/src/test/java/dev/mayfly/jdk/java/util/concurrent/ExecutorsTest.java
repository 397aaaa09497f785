package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mayfly's thread pools on the host's threads: the JDK's sizing, rejection, scheduling and shutdown rules. */
class ExecutorsTest {

    @Test
    void poolGrowsToTheCoreSizeThenQueuesThenGrowsToTheMaximumThenRejects() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        List<String> callerRan = Collections.synchronizedList(new ArrayList<>());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                new ThreadPoolExecutor.CallerRunsPolicy());
        Runnable blocker = () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        pool.execute(blocker);
        pool.execute(blocker);
        pool.execute(blocker);
        pool.execute(() -> callerRan.add(Thread.currentThread().getName()));
        started.await();
        assertEquals(List.of(Thread.currentThread().getName()), callerRan);
        assertEquals(2, pool.getPoolSize());
        assertEquals(1, pool.getQueue().size());
        assertEquals(2, pool.getActiveCount());
        pool.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
        assertTrue(e.getMessage().startsWith("Task "), e.getMessage());
        assertTrue(e.getMessage().contains(" rejected from "), e.getMessage());
        assertTrue(e.getMessage().endsWith("[Running, pool size = 2, active threads = 2, queued tasks = 1, completed tasks = 0]"),
                e.getMessage());
        pool.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardOldestPolicy());
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        pool.execute(() -> ran.add("newest"));
        release.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of("newest"), ran);
        assertEquals(3, pool.getCompletedTaskCount());
        assertEquals(2, pool.getLargestPoolSize());
        assertTrue(pool.toString().endsWith("[Terminated, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 3]"),
                pool.toString());
    }

    @Test
    void cachedPoolReusesAnIdleThread() throws Exception {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newCachedThreadPool();
        String first = pool.submit(() -> Thread.currentThread().getName()).get();
        while (pool.getActiveCount() > 0) {
            Thread.sleep(1);
        }
        String second = pool.submit(() -> Thread.currentThread().getName()).get();
        assertEquals(first, second);
        assertEquals(1, pool.getLargestPoolSize());
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void aThrowingTaskEndsItsWorkerWhichIsReplaced() throws Exception {
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch died = new CountDownLatch(1);
        int[] created = {0};
        ThreadFactory quiet = r -> {
            Thread t = new Thread(r, "w" + created[0]++);
            t.setUncaughtExceptionHandler((th, ex) -> {
                names.add(th.getName() + " died of " + ex.getMessage());
                died.countDown();
            });
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(1, quiet);
        pool.execute(() -> {
            throw new IllegalStateException("boom");
        });
        Future<String> next = pool.submit(() -> Thread.currentThread().getName());
        String name = next.get();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        died.await();
        assertEquals(List.of("w0 died of boom"), new ArrayList<>(names));
        assertEquals("w1", name);
    }

    @Test
    void scheduledTasksRunInDueOrderAndPeriodicOnesRepeat() throws Exception {
        ScheduledThreadPoolExecutor ses = new ScheduledThreadPoolExecutor(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ScheduledFuture<?> late = ses.schedule(() -> order.add("late"), 60, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> early = ses.schedule(() -> "early", 10, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> middle = ses.schedule(() -> order.add("middle"), 30, TimeUnit.MILLISECONDS);
        assertTrue(early.compareTo(middle) < 0);
        assertTrue(late.getDelay(TimeUnit.MILLISECONDS) > 30);
        assertEquals(3, ses.getQueue().size());
        assertEquals("early", early.get());
        CountDownLatch ticks = new CountDownLatch(3);
        ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(ticks::countDown, 0, 5, TimeUnit.MILLISECONDS);
        assertTrue(ticks.await(10, TimeUnit.SECONDS));
        assertTrue(periodic.cancel(false));
        assertThrows(java.util.concurrent.CancellationException.class, periodic::get);
        assertEquals(Future.State.CANCELLED, periodic.state());
        late.get();
        middle.get();
        assertEquals(List.of("middle", "late"), order);
        assertThrows(IllegalArgumentException.class, () -> ses.scheduleWithFixedDelay(() -> { }, 0, 0, TimeUnit.SECONDS));
        ses.shutdown();
        assertTrue(ses.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void shutdownKeepsDelayedTasksAndDropsPeriodicOnes() throws Exception {
        ScheduledExecutorService ses = Executors.newScheduledThreadPool(2);
        ScheduledFuture<String> delayed = ses.schedule(() -> "ran after shutdown", 20, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> periodic = ses.scheduleWithFixedDelay(() -> { }, 1, 1, TimeUnit.HOURS);
        ses.shutdown();
        assertTrue(periodic.isCancelled());
        assertFalse(ses.isTerminated());
        assertEquals("ran after shutdown", delayed.get());
        assertTrue(ses.awaitTermination(10, TimeUnit.SECONDS));
        assertThrows(RejectedExecutionException.class, () -> ses.schedule(() -> { }, 1, TimeUnit.SECONDS));
    }

    @Test
    void shutdownNowReturnsTheWaitingTasks() throws Exception {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        ses.schedule(() -> { }, 1, TimeUnit.HOURS);
        ses.schedule(() -> { }, 2, TimeUnit.HOURS);
        assertEquals(2, ses.shutdownNow().size());
        assertTrue(ses.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void futureStatesAndNowAccessors() throws Exception {
        FutureTask<Integer> ok = new FutureTask<>(() -> 42);
        assertEquals(Future.State.RUNNING, ok.state());
        assertEquals("Task has not completed", assertThrows(IllegalStateException.class, ok::resultNow).getMessage());
        ok.run();
        assertEquals(42, ok.resultNow());
        assertEquals("Task completed with a result", assertThrows(IllegalStateException.class, ok::exceptionNow).getMessage());
        FutureTask<Integer> bad = new FutureTask<>(() -> {
            throw new java.io.IOException("disk");
        });
        bad.run();
        assertEquals(Future.State.FAILED, bad.state());
        assertEquals("disk", bad.exceptionNow().getMessage());
        assertEquals("Task completed with exception", assertThrows(IllegalStateException.class, bad::resultNow).getMessage());
    }

    @Test
    void completionServiceHandsBackFuturesInCompletionOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        ExecutorCompletionService<String> cs = new ExecutorCompletionService<>(pool);
        CountDownLatch slowGo = new CountDownLatch(1);
        cs.submit(() -> {
            slowGo.await();
            return "slow";
        });
        cs.submit(() -> "fast");
        assertEquals("fast", cs.take().get());
        slowGo.countDown();
        assertEquals("slow", cs.take().get());
        assertEquals(null, cs.poll());
        pool.shutdown();
    }

    @Test
    void cyclicBarrierRunsItsActionOncePerGenerationAndBreaksOnTimeout() throws Exception {
        List<String> trips = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier barrier = new CyclicBarrier(3, () -> trips.add("trip"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> arrivals = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            arrivals.add(pool.submit(() -> barrier.await()));
            arrivals.add(pool.submit(() -> barrier.await()));
            int mine = barrier.await();
            assertTrue(mine >= 0 && mine < 3);
        }
        for (Future<Integer> f : arrivals) {
            f.get();
        }
        assertEquals(List.of("trip", "trip"), trips);
        assertThrows(TimeoutException.class, () -> barrier.await(10, TimeUnit.MILLISECONDS));
        assertTrue(barrier.isBroken());
        assertThrows(BrokenBarrierException.class, barrier::await);
        barrier.reset();
        assertFalse(barrier.isBroken());
        pool.shutdown();
    }
}
