package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * java.util.concurrent.CompletableFuture on Mayfly: a future completed once, with dependent
 * stages run by the completing thread (or at once when registered on a completed future). Failures
 * follow the JDK's rules: a stage that fails because its source failed, or because its own function
 * threw, holds a {@link CompletionException} wrapping the cause; {@code join} throws that,
 * {@code get} throws {@link ExecutionException} with the cause. The default async executor is, as
 * on a JDK with one processor, a new thread per task.
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    private static final Executor ASYNC = r -> new Thread(r).start();

    /** A completion with an exception (or a null value: ex == null). */
    private static final class Alt {
        final Throwable ex;

        Alt(Throwable ex) {
            this.ex = ex;
        }
    }

    private static final Alt NIL = new Alt(null);

    private Object result;
    private List<Runnable> dependents;

    public CompletableFuture() {
    }

    // ------------------------------------------------------------------ factories

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, ASYNC);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> f = new CompletableFuture<>();
        executor.execute(() -> f.set(attempt(supplier::get)));
        return f;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, ASYNC);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        if (runnable == null || executor == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        executor.execute(() -> f.set(attempt(() -> {
            runnable.run();
            return null;
        })));
        return f;
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        CompletableFuture<U> f = new CompletableFuture<>();
        f.result = value == null ? NIL : value;
        return f;
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> f = new CompletableFuture<>();
        f.result = new Alt(ex);
        return f;
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> all = new CompletableFuture<>();
        if (cfs.length == 0) {
            all.completeValue(null);
            return all;
        }
        int[] left = {cfs.length};
        for (CompletableFuture<?> cf : cfs) {
            cf.onDone(() -> {
                left[0]--;
                if (left[0] == 0) {
                    Throwable failure = null;
                    for (CompletableFuture<?> c : cfs) {
                        Object r = c.result;
                        if (r instanceof Alt a && a.ex != null) {
                            failure = a.ex;
                            break;
                        }
                    }
                    if (failure != null) {
                        all.completeThrowable(wrap(failure));
                    } else {
                        all.completeValue(null);
                    }
                }
            });
        }
        return all;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> any = new CompletableFuture<>();
        for (CompletableFuture<?> cf : cfs) {
            cf.onDone(() -> any.completeRelay(cf.result));
        }
        return any;
    }

    // ------------------------------------------------------------------ completion

    /** A computation whose value or failure becomes a completion. */
    @FunctionalInterface
    private interface Step {
        Object run() throws Throwable;
    }

    /**
     * The step's value (NIL for null) or its failure wrapped in a CompletionException, encoded as a
     * result. No catch block here refers to a future: TeaVM 0.16.0's C target loses variables that
     * a lambda captured when they are used inside a catch block.
     */
    private static Object attempt(Step step) {
        try {
            Object v = step.run();
            return v == null ? NIL : v;
        } catch (Throwable t) {
            return new Alt(wrap(t));
        }
    }

    private static boolean failed(Object encoded) {
        return encoded instanceof Alt a && a.ex != null;
    }

    private static CompletionException wrap(Throwable t) {
        return t instanceof CompletionException ce ? ce : new CompletionException(t);
    }

    private boolean completeRelay(Object r) {
        if (r instanceof Alt a && a.ex != null) {
            return completeThrowable(wrap(a.ex));
        }
        return set(r);
    }

    private boolean completeValue(T value) {
        return set(value == null ? NIL : value);
    }

    private boolean completeThrowable(Throwable t) {
        return set(new Alt(t));
    }

    private boolean set(Object r) {
        List<Runnable> toRun;
        synchronized (this) {
            if (result != null) {
                return false;
            }
            result = r;
            toRun = dependents;
            dependents = null;
            notifyAll();
        }
        if (toRun != null) {
            for (Runnable d : toRun) {
                d.run();
            }
        }
        return true;
    }

    private void onDone(Runnable action) {
        synchronized (this) {
            if (result == null) {
                if (dependents == null) {
                    dependents = new ArrayList<>();
                }
                dependents.add(action);
                return;
            }
        }
        action.run();
    }

    public boolean complete(T value) {
        return completeValue(value);
    }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return set(new Alt(ex));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = set(new Alt(new CancellationException()));
        return cancelled || isCancelled();
    }

    @Override
    public synchronized boolean isCancelled() {
        return result instanceof Alt a && a.ex instanceof CancellationException;
    }

    @Override
    public synchronized boolean isDone() {
        return result != null;
    }

    public synchronized boolean isCompletedExceptionally() {
        return result instanceof Alt a && a.ex != null;
    }

    public void obtrudeValue(T value) {
        synchronized (this) {
            result = value == null ? NIL : value;
        }
    }

    // ------------------------------------------------------------------ results

    private synchronized Object waitForResult() throws InterruptedException {
        while (result == null) {
            wait();
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T reportJoin(Object r) {
        if (r instanceof Alt a) {
            Throwable x = a.ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException ce) {
                throw ce;
            }
            throw wrap(x);
        }
        return (T) r;
    }

    @SuppressWarnings("unchecked")
    private static <T> T reportGet(Object r) throws ExecutionException {
        if (r instanceof Alt a) {
            Throwable x = a.ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException ce) {
                throw ce;
            }
            Throwable cause = x instanceof CompletionException && x.getCause() != null ? x.getCause() : x;
            throw new ExecutionException(cause);
        }
        return (T) r;
    }

    public T join() {
        boolean interrupted = false;
        Object r;
        while (true) {
            try {
                r = waitForResult();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return reportJoin(r);
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        return reportGet(waitForResult());
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        Object r;
        synchronized (this) {
            while (result == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                wait(Math.max(1, left / 1_000_000));
            }
            r = result;
        }
        return reportGet(r);
    }

    public T getNow(T valueIfAbsent) {
        Object r;
        synchronized (this) {
            r = result;
        }
        return r == null ? valueIfAbsent : reportJoin(r);
    }

    public T resultNow() {
        Object r;
        synchronized (this) {
            r = result;
        }
        if (r == null || (r instanceof Alt a && a.ex != null)) {
            throw new IllegalStateException(r == null ? "Task has not completed" : "Task completed with exception");
        }
        return reportJoin(r);
    }

    // ------------------------------------------------------------------ dependent stages

    /** Runs {@code body} with this future's value when it completes normally; relays a failure. */
    private <U> CompletableFuture<U> then(Executor executor, BiConsumer<T, CompletableFuture<U>> body) {
        CompletableFuture<U> next = new CompletableFuture<>();
        onDone(() -> {
            Object r = result;
            if (r instanceof Alt a && a.ex != null) {
                next.completeThrowable(wrap(a.ex));
                return;
            }
            @SuppressWarnings("unchecked")
            T value = r instanceof Alt ? null : (T) r;
            Runnable step = () -> {
                Object outcome = attempt(() -> {
                    body.accept(value, next);
                    return null;
                });
                if (failed(outcome)) {
                    next.set(outcome);
                }
            };
            if (executor == null) {
                step.run();
            } else {
                executor.execute(step);
            }
        });
        return next;
    }

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return then(null, (v, next) -> next.completeValue(fn.apply(v)));
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return then(ASYNC, (v, next) -> next.completeValue(fn.apply(v)));
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return then(executor, (v, next) -> next.completeValue(fn.apply(v)));
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return then(null, (v, next) -> {
            action.accept(v);
            next.completeValue(null);
        });
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return then(ASYNC, (v, next) -> {
            action.accept(v);
            next.completeValue(null);
        });
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return then(null, (v, next) -> {
            action.run();
            next.completeValue(null);
        });
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return then(ASYNC, (v, next) -> {
            action.run();
            next.completeValue(null);
        });
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return then(null, (v, next) -> {
            CompletableFuture<U> inner = fn.apply(v).toCompletableFuture();
            inner.onDone(() -> next.completeRelay(inner.result));
        });
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return then(ASYNC, (v, next) -> {
            CompletableFuture<U> inner = fn.apply(v).toCompletableFuture();
            inner.onDone(() -> next.completeRelay(inner.result));
        });
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> otherStage,
                                                   BiFunction<? super T, ? super U, ? extends V> fn) {
        CompletableFuture<? extends U> other = otherStage.toCompletableFuture();
        return then(null, (v, next) -> other.onDone(() -> {
            Object r = other.result;
            if (r instanceof Alt a && a.ex != null) {
                next.completeThrowable(wrap(a.ex));
                return;
            }
            @SuppressWarnings("unchecked")
            U u = r instanceof Alt ? null : (U) r;
            next.set(attempt(() -> fn.apply(v, u)));
        }));
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
                                                      BiConsumer<? super T, ? super U> action) {
        return thenCombine(other, (a, b) -> {
            action.accept(a, b);
            return null;
        });
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        CompletableFuture<T> next = new CompletableFuture<>();
        onDone(() -> {
            Object r = result;
            if (r instanceof Alt a && a.ex != null) {
                Throwable ex = a.ex;
                next.set(attempt(() -> fn.apply(ex)));
            } else {
                next.set(r);
            }
        });
        return next;
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        CompletableFuture<U> next = new CompletableFuture<>();
        onDone(() -> {
            Object r = result;
            Throwable x = r instanceof Alt a ? a.ex : null;
            @SuppressWarnings("unchecked")
            T value = r instanceof Alt ? null : (T) r;
            next.set(attempt(() -> fn.apply(value, x)));
        });
        return next;
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        CompletableFuture<T> next = new CompletableFuture<>();
        onDone(() -> {
            Object r = result;
            Throwable x = r instanceof Alt a ? a.ex : null;
            @SuppressWarnings("unchecked")
            T value = r instanceof Alt ? null : (T) r;
            Object outcome = attempt(() -> {
                action.accept(value, x);
                return null;
            });
            if (x == null && failed(outcome)) {
                next.set(outcome);
                return;
            }
            if (x != null) {
                next.completeThrowable(wrap(x));
            } else {
                next.set(r);
            }
        });
        return next;
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    public int getNumberOfDependents() {
        synchronized (this) {
            return dependents == null ? 0 : dependents.size();
        }
    }

    @Override
    public String toString() {
        Object r;
        int deps;
        synchronized (this) {
            r = result;
            deps = dependents == null ? 0 : dependents.size();
        }
        String status = r == null ? (deps == 0 ? "[Incomplete]" : "[Incomplete with " + deps + " dependents]")
                : (r instanceof Alt a && a.ex != null) ? "[Completed exceptionally: " + a.ex + "]" : "[Completed normally]";
        return super.toString() + status;
    }
}
