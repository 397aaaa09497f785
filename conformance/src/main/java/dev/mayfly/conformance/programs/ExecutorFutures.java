package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Exercises ExecutorService with a fixed thread pool: submitting Callables, collecting Futures in
 * submission order, ExecutionException wrapping a task failure, invokeAll, and orderly shutdown.
 */
public class ExecutorFutures {

    static long collatzSteps(long n) {
        long steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> futures = new ArrayList<>();
        for (long start : new long[] {27, 97, 871, 6171, 77031, 837799}) {
            futures.add(pool.submit(() -> start + " takes " + collatzSteps(start) + " steps"));
        }
        futures.add(pool.submit(() -> {
            throw new IllegalStateException("task refused");
        }));
        for (Future<String> f : futures) {
            try {
                System.out.println(f.get());
            } catch (ExecutionException e) {
                System.out.println("failed: " + e.getCause() + " done=" + f.isDone());
            }
        }
        List<Callable<Integer>> batch = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            final int n = i;
            batch.add(() -> n * n * n);
        }
        int sum = 0;
        for (Future<Integer> f : pool.invokeAll(batch)) {
            sum += f.get();
        }
        System.out.println("sum of cubes " + sum);
        Future<?> runnable = pool.submit(() -> { });
        System.out.println("runnable result " + runnable.get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " isShutdown " + pool.isShutdown());
        try {
            pool.submit(() -> 1);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }
    }
}
