package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mayfly's ForkJoinPool and tasks on the host's threads: recursive decomposition, exceptions, cancellation. */
class ForkJoinTest {

    /** Sums a range by splitting it in halves down to a threshold. */
    static final class RangeSum extends RecursiveTask<Long> {
        private final long from;
        private final long to;

        RangeSum(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 1000) {
                long s = 0;
                for (long i = from; i < to; i++) {
                    s += i;
                }
                return s;
            }
            long mid = (from + to) >>> 1;
            RangeSum left = new RangeSum(from, mid);
            RangeSum right = new RangeSum(mid, to);
            left.fork();
            return right.compute() + left.join();
        }
    }

    @Test
    void recursiveTasksSumInACustomPoolAndTheCommonPool() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(3);
        assertEquals(499_999_500_000L, pool.invoke(new RangeSum(0, 1_000_000)));
        assertEquals(499_999_500_000L, new RangeSum(0, 1_000_000).invoke());
        assertEquals(4950L, ForkJoinPool.commonPool().submit(new RangeSum(0, 100)).get());
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertThrows(RejectedExecutionException.class, () -> pool.submit(new RangeSum(0, 1)));
    }

    @Test
    void actionsAndInvokeAllPropagateFailures() {
        int[] counts = new int[8];
        class Fill extends RecursiveAction {
            private final int lo;
            private final int hi;

            Fill(int lo, int hi) {
                this.lo = lo;
                this.hi = hi;
            }

            @Override
            protected void compute() {
                if (hi - lo == 1) {
                    counts[lo] = lo * lo;
                } else {
                    int mid = (lo + hi) / 2;
                    invokeAll(new Fill(lo, mid), new Fill(mid, hi));
                }
            }
        }
        new Fill(0, 8).invoke();
        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49), java.util.Arrays.stream(counts).boxed().toList());
        RecursiveAction failing = new RecursiveAction() {
            @Override
            protected void compute() {
                throw new IllegalStateException("bad split");
            }
        };
        assertEquals("bad split", assertThrows(IllegalStateException.class, failing::invoke).getMessage());
        assertTrue(failing.isCompletedAbnormally());
        assertEquals("bad split", failing.getException().getMessage());
        ForkJoinTask<Integer> adapted = ForkJoinTask.adapt(() -> 42);
        assertEquals(42, ForkJoinPool.commonPool().invoke(adapted));
        assertEquals(Future.State.SUCCESS, adapted.state());
    }

    @Test
    void delayedTasksRunInThePoolAfterTheirDelay() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        ScheduledFuture<String> later = pool.schedule(() -> Thread.currentThread() instanceof ForkJoinWorkerThread ? "in pool" : "elsewhere",
                5, TimeUnit.MILLISECONDS);
        assertEquals("in pool", later.get());
        CountDownLatch ticks = new CountDownLatch(3);
        ScheduledFuture<?> periodic = pool.scheduleAtFixedRate(ticks::countDown, 0, 1, TimeUnit.MILLISECONDS);
        assertTrue(ticks.await(10, TimeUnit.SECONDS));
        periodic.cancel(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void aCancelledQueuedTaskNeverRuns() {
        ForkJoinPool pool = new ForkJoinPool(1);
        CountDownLatch hold = new CountDownLatch(1);
        pool.execute(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ForkJoinTask<String> queued = pool.submit(() -> "ran");
        assertTrue(queued.cancel(false));
        hold.countDown();
        assertThrows(java.util.concurrent.CancellationException.class, queued::join);
        pool.shutdown();
    }
}
