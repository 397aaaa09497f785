package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

/**
 * Exercises the fork/join framework: RecursiveTask and RecursiveAction decomposition in a custom
 * pool and the common pool, invokeAll, a failing subtask, adapted callables, cancelling a queued
 * task, completing a task by hand, task tags, ManagedBlocker and pool shutdown. Only results are
 * printed (which thread ran what is up to the pool).
 */
public class ForkJoinTasks {

    static final class RangeSum extends RecursiveTask<Long> {
        private final long from;
        private final long to;

        RangeSum(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 5_000) {
                long s = 0;
                for (long i = from; i < to; i++) {
                    s += i * i % 7;
                }
                return s;
            }
            long mid = (from + to) >>> 1;
            RangeSum left = new RangeSum(from, mid);
            left.fork();
            long right = new RangeSum(mid, to).compute();
            return left.join() + right;
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        private final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Integer compute() {
            if (n < 2) {
                return n;
            }
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }
    }

    static final class MergeSort extends RecursiveAction {
        private final int[] a;
        private final int[] tmp;
        private final int lo;
        private final int hi;

        MergeSort(int[] a, int[] tmp, int lo, int hi) {
            this.a = a;
            this.tmp = tmp;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 64) {
                java.util.Arrays.sort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new MergeSort(a, tmp, lo, mid), new MergeSort(a, tmp, mid, hi));
            int i = lo;
            int j = mid;
            int k = lo;
            while (i < mid && j < hi) {
                tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            }
            while (i < mid) {
                tmp[k++] = a[i++];
            }
            while (j < hi) {
                tmp[k++] = a[j++];
            }
            System.arraycopy(tmp, lo, a, lo, hi - lo);
        }
    }

    static final class Failing extends RecursiveTask<Integer> {
        private final int depth;

        Failing(int depth) {
            this.depth = depth;
        }

        @Override
        protected Integer compute() {
            if (depth == 0) {
                throw new IllegalArgumentException("leaf refused");
            }
            Failing sub = new Failing(depth - 1);
            sub.fork();
            return sub.join() + 1;
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("range sum " + pool.invoke(new RangeSum(0, 2_000_000)) + " parallelism " + pool.getParallelism());
        System.out.println("fib(22) in the common pool " + ForkJoinPool.commonPool().invoke(new Fib(22)) + ", invoked here "
                + new Fib(18).invoke());
        int[] data = new Random(42).ints(20_000, -1000, 1000).toArray();
        pool.invoke(new MergeSort(data, new int[data.length], 0, data.length));
        boolean sorted = true;
        long checksum = 0;
        for (int i = 0; i < data.length; i++) {
            sorted &= i == 0 || data[i - 1] <= data[i];
            checksum = checksum * 31 + data[i];
        }
        System.out.println("merge sort sorted " + sorted + " checksum " + checksum + " min " + data[0] + " max " + data[data.length - 1]);

        List<Fib> fibs = new ArrayList<>();
        for (int n = 10; n <= 15; n++) {
            fibs.add(new Fib(n));
        }
        List<Integer> values = new ArrayList<>();
        for (Fib f : ForkJoinTask.invokeAll(fibs)) {
            values.add(f.join());
        }
        System.out.println("invokeAll " + values + " all done " + fibs.stream().allMatch(ForkJoinTask::isCompletedNormally));

        Failing failing = new Failing(5);
        try {
            pool.invoke(failing);
        } catch (IllegalArgumentException e) {
            // HotSpot may rethrow a copy whose cause is the original (when another thread threw it): print the root
            System.out.println("join rethrows " + e.getClass().getSimpleName() + " rooted in: " + root(e).getMessage() + " abnormal "
                    + failing.isCompletedAbnormally() + " state " + failing.state());
        }
        try {
            pool.submit(new Failing(2)).get();
        } catch (ExecutionException e) {
            System.out.println("get wraps " + e.getCause().getClass().getSimpleName() + " rooted in: " + root(e).getMessage());
        }
        ForkJoinTask<String> adapted = pool.submit(() -> "callable result");
        System.out.println("adapted " + adapted.get() + " resultNow " + adapted.resultNow());

        ForkJoinPool single = new ForkJoinPool(1);
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        single.execute(() -> {
            started.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        ForkJoinTask<String> queued = single.submit(() -> "should not run");
        System.out.println("cancel queued " + queued.cancel(false) + " cancelled " + queued.isCancelled() + " state " + queued.state());
        hold.countDown();
        try {
            queued.join();
        } catch (CancellationException e) {
            System.out.println("join on cancelled: CancellationException");
        }
        single.shutdown();
        System.out.println("single terminated " + single.awaitTermination(10, TimeUnit.SECONDS) + " " + single.isTerminated());

        Fib manual = new Fib(30);
        manual.complete(-1);
        short oldTag = manual.setForkJoinTaskTag((short) 7);
        System.out.println("completed by hand " + manual.join() + " done " + manual.isDone() + " tag " + oldTag + "->"
                + manual.getForkJoinTaskTag() + " cas " + manual.compareAndSetForkJoinTaskTag((short) 7, (short) 9) + " "
                + manual.getForkJoinTaskTag());
        manual.reinitialize();
        System.out.println("reinitialized done " + manual.isDone() + " then " + manual.invoke());

        int[] blocks = {0};
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            @Override
            public boolean block() {
                blocks[0]++;
                return blocks[0] >= 3;
            }

            @Override
            public boolean isReleasable() {
                return blocks[0] >= 3;
            }
        });
        System.out.println("managed blocker blocked " + blocks[0] + " times; in pool here " + ForkJoinTask.inForkJoinPool());
        ForkJoinPool timed = new ForkJoinPool(2);
        java.util.concurrent.ScheduledFuture<String> later = timed.schedule(() -> "scheduled in a fork/join pool (JDK 25)", 5,
                TimeUnit.MILLISECONDS);
        System.out.println(later.get() + ", delayed tasks left " + timed.getDelayedTaskCount());
        timed.shutdown();
        System.out.println("timed pool terminated " + timed.awaitTermination(10, TimeUnit.SECONDS));
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " shutdown " + pool.isShutdown()
                + "; common pool ignores shutdown: " + shutCommon());
    }

    private static Throwable root(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean shutCommon() {
        ForkJoinPool.commonPool().shutdown();
        return ForkJoinPool.commonPool().isShutdown();
    }
}
