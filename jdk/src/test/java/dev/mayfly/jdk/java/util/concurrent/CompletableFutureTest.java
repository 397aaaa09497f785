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

    private static Object attempt(java.util.concurrent.Callable<Object> op) {
        try {
            return op.call();
        } catch (Throwable t) {
            return t;
        }
    }

    private static String describe(Object o) {
        return o instanceof Throwable t ? describe(t) : String.valueOf(o);
    }

    @Test
    void newerStageMethodsBehaveAsTheJdks() throws Exception {
        assertEquals(newerApisJdk(), newerApisOurs());
    }

    private static List<String> newerApisJdk() throws Exception {
        List<String> out = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Integer> slow = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Integer> fast = java.util.concurrent.CompletableFuture.completedFuture(7);
        out.add("either " + slow.applyToEither(fast, x -> x * 10).join() + " " + fast.applyToEither(slow, x -> x + 1).join());
        java.util.concurrent.CompletableFuture<Void> both = slow.runAfterBoth(fast, () -> { });
        out.add("both pending " + both.isDone() + " " + both.state());
        java.util.concurrent.CompletableFuture<Integer> failed = java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("nope"));
        java.util.concurrent.CompletableFuture<Integer> combined = failed.thenCombine(slow, Integer::sum);
        out.add("combine waits for both " + combined.isDone());
        slow.complete(5);
        out.add("combined " + combined.state() + " " + describe(combined.exceptionNow()) + " both " + both.state());
        out.add("acceptEither " + failed.acceptEither(slow, x -> { }).state());
        out.add("exceptionallyCompose " + failed.exceptionallyCompose(t -> java.util.concurrent.CompletableFuture.completedFuture(t.getMessage().length())).join());
        out.add("exceptionallyAsync " + failed.exceptionallyAsync(t -> -1).join());
        out.add("handleAsync " + fast.handleAsync((v, t) -> v + " " + t, Runnable::run).join());
        out.add("whenCompleteAsync " + describe(attempt(() -> failed.whenCompleteAsync((v, t) -> { }).join())));
        out.add("copy " + describe(attempt(() -> failed.copy().join())) + " " + fast.copy().join());
        out.add("resultNow " + fast.resultNow() + " state " + fast.state() + " " + failed.state());
        out.add("resultNow failed " + describe(attempt(() -> failed.resultNow())));
        java.util.concurrent.CompletableFuture<Integer> cancelled = new java.util.concurrent.CompletableFuture<>();
        cancelled.cancel(true);
        out.add("cancelled " + cancelled.state() + " " + describe(attempt(() -> cancelled.resultNow())) + " "
                + describe(attempt(() -> cancelled.exceptionNow())));
        out.add("timeout " + describe(attempt(() -> new java.util.concurrent.CompletableFuture<Integer>().orTimeout(5, java.util.concurrent.TimeUnit.MILLISECONDS).join())));
        out.add("completeOnTimeout " + new java.util.concurrent.CompletableFuture<Integer>().completeOnTimeout(9, 5, java.util.concurrent.TimeUnit.MILLISECONDS).join());
        java.util.concurrent.CompletableFuture<String> delayed = new java.util.concurrent.CompletableFuture<>();
        delayed.completeAsync(() -> "later", java.util.concurrent.CompletableFuture.delayedExecutor(5, java.util.concurrent.TimeUnit.MILLISECONDS));
        out.add("delayed " + delayed.join());
        java.util.concurrent.CompletableFuture<Integer> minimal = fast.minimalCompletionStage().toCompletableFuture();
        out.add("minimal " + minimal.join() + " " + fast.minimalCompletionStage().getClass().getSimpleName());
        out.add("minimal join " + describe(attempt(() -> ((java.util.concurrent.CompletableFuture<Integer>) fast.minimalCompletionStage()).join())));
        out.add("failedStage " + describe(attempt(() -> java.util.concurrent.CompletableFuture.failedStage(new java.io.IOException("io")).toCompletableFuture().join())));
        out.add("completedStage " + java.util.concurrent.CompletableFuture.completedStage("x").thenApply(s -> s + "y").toCompletableFuture().join());
        java.util.concurrent.CompletableFuture<Integer> obtruded = java.util.concurrent.CompletableFuture.completedFuture(1);
        obtruded.obtrudeException(new ArithmeticException("obtruded"));
        out.add("obtruded " + describe(attempt(() -> obtruded.join())));
        out.add("rejected " + describe(attempt(() -> fast.thenApplyAsync(x -> x, r -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        }).join())));
        return out;
    }

    private static List<String> newerApisOurs() throws Exception {
        List<String> out = new ArrayList<>();
        CompletableFuture<Integer> slow = new CompletableFuture<>();
        CompletableFuture<Integer> fast = CompletableFuture.completedFuture(7);
        out.add("either " + slow.applyToEither(fast, x -> x * 10).join() + " " + fast.applyToEither(slow, x -> x + 1).join());
        CompletableFuture<Void> both = slow.runAfterBoth(fast, () -> { });
        out.add("both pending " + both.isDone() + " " + both.state());
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(new IllegalStateException("nope"));
        CompletableFuture<Integer> combined = failed.thenCombine(slow, Integer::sum);
        out.add("combine waits for both " + combined.isDone());
        slow.complete(5);
        out.add("combined " + combined.state() + " " + describe(combined.exceptionNow()) + " both " + both.state());
        out.add("acceptEither " + failed.acceptEither(slow, x -> { }).state());
        out.add("exceptionallyCompose " + failed.exceptionallyCompose(t -> CompletableFuture.completedFuture(t.getMessage().length())).join());
        out.add("exceptionallyAsync " + failed.exceptionallyAsync(t -> -1).join());
        out.add("handleAsync " + fast.handleAsync((v, t) -> v + " " + t, Runnable::run).join());
        out.add("whenCompleteAsync " + describe(attempt(() -> failed.whenCompleteAsync((v, t) -> { }).join())));
        out.add("copy " + describe(attempt(() -> failed.copy().join())) + " " + fast.copy().join());
        out.add("resultNow " + fast.resultNow() + " state " + fast.state() + " " + failed.state());
        out.add("resultNow failed " + describe(attempt(() -> failed.resultNow())));
        CompletableFuture<Integer> cancelled = new CompletableFuture<>();
        cancelled.cancel(true);
        out.add("cancelled " + cancelled.state() + " " + describe(attempt(() -> cancelled.resultNow())) + " "
                + describe(attempt(() -> cancelled.exceptionNow())));
        out.add("timeout " + describe(attempt(() -> new CompletableFuture<Integer>().orTimeout(5, java.util.concurrent.TimeUnit.MILLISECONDS).join())));
        out.add("completeOnTimeout " + new CompletableFuture<Integer>().completeOnTimeout(9, 5, java.util.concurrent.TimeUnit.MILLISECONDS).join());
        CompletableFuture<String> delayed = new CompletableFuture<>();
        delayed.completeAsync(() -> "later", CompletableFuture.delayedExecutor(5, java.util.concurrent.TimeUnit.MILLISECONDS));
        out.add("delayed " + delayed.join());
        CompletableFuture<Integer> minimal = fast.minimalCompletionStage().toCompletableFuture();
        out.add("minimal " + minimal.join() + " " + fast.minimalCompletionStage().getClass().getSimpleName());
        out.add("minimal join " + describe(attempt(() -> ((CompletableFuture<Integer>) fast.minimalCompletionStage()).join())));
        out.add("failedStage " + describe(attempt(() -> CompletableFuture.failedStage(new java.io.IOException("io")).toCompletableFuture().join())));
        out.add("completedStage " + CompletableFuture.completedStage("x").thenApply(s -> s + "y").toCompletableFuture().join());
        CompletableFuture<Integer> obtruded = CompletableFuture.completedFuture(1);
        obtruded.obtrudeException(new ArithmeticException("obtruded"));
        out.add("obtruded " + describe(attempt(() -> obtruded.join())));
        out.add("rejected " + describe(attempt(() -> fast.thenApplyAsync(x -> x, r -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        }).join())));
        return out;
    }
}
