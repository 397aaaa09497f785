package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mayfly's CompletableFuture and executors against the host JDK's: the same pipeline, the same observable outcomes. */
class CompletableFutureTest {

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getCause() == null ? "" : " caused by " + t.getCause().getClass().getSimpleName()
                + ": " + t.getCause().getMessage());
    }

    private static List<String> jdk() throws Exception {
        List<String> out = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Integer> a = java.util.concurrent.CompletableFuture.supplyAsync(() -> 20);
        java.util.concurrent.CompletableFuture<Integer> b = a.thenApply(x -> x * 2).thenCombine(
                java.util.concurrent.CompletableFuture.completedFuture(2), Integer::sum);
        out.add("combined " + b.join());
        java.util.concurrent.CompletableFuture<Integer> bad = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("no");
        });
        try {
            bad.thenApply(x -> x + 1).join();
        } catch (RuntimeException e) {
            out.add("join " + describe(e));
        }
        try {
            bad.get();
        } catch (java.util.concurrent.ExecutionException e) {
            out.add("get " + describe(e));
        }
        out.add("exceptionally " + bad.exceptionally(t -> -1).join() + " handle " + bad.handle((v, t) -> describe(t)).join());
        out.add("compose " + a.thenCompose(x -> java.util.concurrent.CompletableFuture.supplyAsync(() -> x + 1)).join());
        java.util.concurrent.CompletableFuture<String> manual = new java.util.concurrent.CompletableFuture<>();
        manual.completeExceptionally(new IllegalStateException("boom"));
        out.add("manual exceptionally " + manual.exceptionally(Throwable::getMessage).join() + " done " + manual.isDone()
                + " failed " + manual.isCompletedExceptionally());
        out.add("whenComplete " + describe(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> manual.whenComplete((v, t) -> { }).join())));
        out.add("allOf " + java.util.concurrent.CompletableFuture.allOf(a, b).thenApply(v -> a.join() + b.join()).join());
        out.add("getNow " + new java.util.concurrent.CompletableFuture<String>().getNow("absent"));
        return out;
    }

    private static List<String> ours() throws Exception {
        List<String> out = new ArrayList<>();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 20);
        CompletableFuture<Integer> b = a.thenApply(x -> x * 2).thenCombine(CompletableFuture.completedFuture(2), Integer::sum);
        out.add("combined " + b.join());
        CompletableFuture<Integer> bad = CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("no");
        });
        try {
            bad.thenApply(x -> x + 1).join();
        } catch (RuntimeException e) {
            out.add("join " + describe(e));
        }
        try {
            bad.get();
        } catch (java.util.concurrent.ExecutionException e) {
            out.add("get " + describe(e));
        }
        out.add("exceptionally " + bad.exceptionally(t -> -1).join() + " handle " + bad.handle((v, t) -> describe(t)).join());
        out.add("compose " + a.thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 1)).join());
        CompletableFuture<String> manual = new CompletableFuture<>();
        manual.completeExceptionally(new IllegalStateException("boom"));
        out.add("manual exceptionally " + manual.exceptionally(Throwable::getMessage).join() + " done " + manual.isDone()
                + " failed " + manual.isCompletedExceptionally());
        out.add("whenComplete " + describe(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> manual.whenComplete((v, t) -> { }).join())));
        out.add("allOf " + CompletableFuture.allOf(a, b).thenApply(v -> a.join() + b.join()).join());
        out.add("getNow " + new CompletableFuture<String>().getNow("absent"));
        return out;
    }

    @Test
    void pipelineOutcomesAreTheJdks() throws Exception {
        assertEquals(jdk(), ours());
    }

    @Test
    void fixedPoolRunsEveryTaskAndTerminates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            futures.add(pool.submit(() -> n * n));
        }
        int sum = 0;
        for (Future<Integer> f : futures) {
            sum += f.get();
        }
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(2470, sum);
        assertEquals(true, pool.isTerminated());
    }
}
