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

    /**
     * A marker on the tasks the ...Async methods hand to an executor, so that an executor or a
     * monitoring tool can tell them apart.
     */
    public static interface AsynchronousCompletionTask {
    }

    /** A task handed to an executor by this class. */
    private static final class AsyncTask implements Runnable, AsynchronousCompletionTask {
        private final Runnable body;

        AsyncTask(Runnable body) {
            this.body = body;
        }

        @Override
        public void run() {
            body.run();
        }
    }

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
        executor.execute(new AsyncTask(() -> f.set(attempt(supplier::get))));
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
        executor.execute(new AsyncTask(() -> f.set(attempt(() -> {
            runnable.run();
            return null;
        }))));
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

    /** Forces this future's outcome to be the value, completed or not. */
    public void obtrudeValue(T value) {
        List<Runnable> toRun;
        synchronized (this) {
            result = value == null ? NIL : value;
            toRun = dependents;
            dependents = null;
            notifyAll();
        }
        if (toRun != null) {
            for (Runnable d : toRun) {
                d.run();
            }
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

    @Override
    public T resultNow() {
        Object r;
        synchronized (this) {
            r = result;
        }
        if (r == null) {
            throw new IllegalStateException("Task has not completed");
        }
        Throwable x = exceptionOf(r);
        if (x instanceof CancellationException) {
            throw new IllegalStateException("Task was cancelled");
        }
        if (x != null) {
            throw new IllegalStateException("Task completed with exception");
        }
        return valueOf(r);
    }

    /** The exception this future failed with (the cause of a CompletionException); IllegalStateException otherwise. */
    @Override
    public Throwable exceptionNow() {
        Object r;
        synchronized (this) {
            r = result;
        }
        if (r == null) {
            throw new IllegalStateException("Task has not completed");
        }
        Throwable x = exceptionOf(r);
        if (x instanceof CancellationException) {
            throw new IllegalStateException("Task was cancelled");
        }
        if (x == null) {
            throw new IllegalStateException("Task completed with a result");
        }
        if (x instanceof CompletionException && x.getCause() != null) {
            x = x.getCause();
        }
        return x;
    }

    @Override
    public State state() {
        Object r;
        synchronized (this) {
            r = result;
        }
        if (r == null) {
            return State.RUNNING;
        }
        Throwable x = exceptionOf(r);
        return x == null ? State.SUCCESS : x instanceof CancellationException ? State.CANCELLED : State.FAILED;
    }

    /** Forces this future's outcome to be the exception, completed or not. */
    public void obtrudeException(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        List<Runnable> toRun;
        synchronized (this) {
            result = new Alt(ex);
            toRun = dependents;
            dependents = null;
            notifyAll();
        }
        if (toRun != null) {
            for (Runnable d : toRun) {
                d.run();
            }
        }
    }

    // ------------------------------------------------------------------ dependent stages

    /** The value a normal completion encodes (null for NIL). */
    @SuppressWarnings("unchecked")
    private static <V> V valueOf(Object r) {
        return r instanceof Alt ? null : (V) r;
    }

    private static Throwable exceptionOf(Object r) {
        return r instanceof Alt a ? a.ex : null;
    }

    /** Runs {@code step} at once (no executor) or on the executor; a refused task fails {@code next}. */
    private static void dispatch(Executor executor, CompletableFuture<?> next, Runnable step) {
        if (executor == null) {
            step.run();
            return;
        }
        Runnable task = new AsyncTask(step);
        Object refused = attempt(() -> {
            executor.execute(task);
            return null;
        });
        if (failed(refused)) {
            next.set(refused);
        }
    }

    /** Runs {@code body} and fails {@code next} with what it throws. */
    private static <U> void runBody(CompletableFuture<U> next, Step body) {
        Object outcome = attempt(body);
        if (failed(outcome)) {
            next.set(outcome);
        }
    }

    /** Checks an executor argument of an ...Async method. */
    private static Executor screen(Executor e) {
        if (e == null) {
            throw new NullPointerException();
        }
        return e;
    }

    /**
     * A dependent that, when this future completes normally, runs {@code body} with the value
     * (on {@code executor}, or in the completing thread when null); a failure is relayed at once.
     */
    private <U> CompletableFuture<U> then(Executor executor, BiConsumer<T, CompletableFuture<U>> body) {
        CompletableFuture<U> next = newIncompleteFuture();
        onDone(() -> {
            Object r = result;
            if (failed(r)) {
                next.completeThrowable(wrap(exceptionOf(r)));
                return;
            }
            T value = valueOf(r);
            dispatch(executor, next, () -> runBody(next, () -> {
                body.accept(value, next);
                return null;
            }));
        });
        return next;
    }

    /** A dependent that runs {@code body} with this future's raw completion, normal or not. */
    private <U> CompletableFuture<U> whenDone(Executor executor, BiConsumer<Object, CompletableFuture<U>> body) {
        CompletableFuture<U> next = newIncompleteFuture();
        onDone(() -> {
            Object r = result;
            dispatch(executor, next, () -> runBody(next, () -> {
                body.accept(r, next);
                return null;
            }));
        });
        return next;
    }

    /**
     * Calls {@code action} when both futures have completed: registered on each one still
     * incomplete (so each counts it among its dependents, as the JDK's do).
     */
    private static void bothDone(CompletableFuture<?> a, CompletableFuture<?> b, Runnable action) {
        if (a.isDoneRaw()) {
            b.onDone(action);
        } else if (b.isDoneRaw()) {
            a.onDone(action);
        } else {
            int[] left = {2};
            Runnable tick = () -> {
                boolean last;
                synchronized (left) {
                    last = --left[0] == 0;
                }
                if (last) {
                    action.run();
                }
            };
            a.onDone(tick);
            b.onDone(tick);
        }
    }

    /** Whether a result is set (not overridable, unlike isDone, which a minimal stage refuses). */
    private synchronized boolean isDoneRaw() {
        return result != null;
    }

    /** A body that takes two values and the dependent. */
    @FunctionalInterface
    private interface BiBody<A, B, U> {
        void accept(A a, B b, CompletableFuture<U> next);
    }

    /**
     * A dependent of this future and {@code other}: once both have completed, fails with the
     * first one's failure (this one's checked first), else runs {@code body} with both values.
     */
    private <U, V> CompletableFuture<V> both(CompletionStage<U> otherStage, Executor executor, BiBody<T, U, V> body) {
        CompletableFuture<U> other = otherStage.toCompletableFuture();
        CompletableFuture<V> next = newIncompleteFuture();
        bothDone(this, other, () -> {
            Object r = result;
            Object s = other.result;
            if (failed(r) || failed(s)) {
                next.completeThrowable(wrap(failed(r) ? exceptionOf(r) : exceptionOf(s)));
                return;
            }
            T t = valueOf(r);
            U u = valueOf(s);
            dispatch(executor, next, () -> runBody(next, () -> {
                body.accept(t, u, next);
                return null;
            }));
        });
        return next;
    }

    /**
     * A dependent of whichever of this future and {@code other} completes first (this one when
     * both already have): relays its failure, else runs {@code body} with its value.
     */
    private <V, U> CompletableFuture<U> either(CompletionStage<? extends V> otherStage, Executor executor,
                                               BiConsumer<V, CompletableFuture<U>> body) {
        CompletableFuture<? extends V> other = otherStage.toCompletableFuture();
        CompletableFuture<U> next = newIncompleteFuture();
        boolean[] fired = {false};
        Consumer<Object> fire = r -> {
            synchronized (fired) {
                if (fired[0]) {
                    return;
                }
                fired[0] = true;
            }
            if (failed(r)) {
                next.completeThrowable(wrap(exceptionOf(r)));
                return;
            }
            V v = valueOf(r);
            dispatch(executor, next, () -> runBody(next, () -> {
                body.accept(v, next);
                return null;
            }));
        };
        if (isDoneRaw()) {
            fire.accept(result); // the JDK takes this stage's result first and registers nothing
        } else if (other.isDoneRaw()) {
            fire.accept(other.result);
        } else {
            onDone(() -> fire.accept(result));
            other.onDone(() -> fire.accept(other.result));
        }
        return next;
    }

    // thenApply / thenAccept / thenRun

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniApply(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniApply(defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniApply(screen(executor), fn);
    }

    private <U> CompletableFuture<U> uniApply(Executor e, Function<? super T, ? extends U> fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        return then(e, (v, next) -> next.completeValue(fn.apply(v)));
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uniAccept(null, action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uniAccept(defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uniAccept(screen(executor), action);
    }

    private CompletableFuture<Void> uniAccept(Executor e, Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        return then(e, (v, next) -> {
            action.accept(v);
            next.completeValue(null);
        });
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return uniRun(null, action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uniRun(defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uniRun(screen(executor), action);
    }

    private CompletableFuture<Void> uniRun(Executor e, Runnable action) {
        if (action == null) {
            throw new NullPointerException();
        }
        return then(e, (v, next) -> {
            action.run();
            next.completeValue(null);
        });
    }

    // thenCompose

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniCompose(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniCompose(defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn, Executor executor) {
        return uniCompose(screen(executor), fn);
    }

    private <U> CompletableFuture<U> uniCompose(Executor e, Function<? super T, ? extends CompletionStage<U>> fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        return then(e, (v, next) -> relayFrom(fn.apply(v), next));
    }

    /** Completes {@code next} as {@code stage} completes (a failure wrapped in CompletionException). */
    private static <U> void relayFrom(CompletionStage<U> stage, CompletableFuture<U> next) {
        CompletableFuture<U> inner = stage.toCompletableFuture();
        inner.onDone(() -> next.completeRelay(inner.result));
    }

    // two-stage combinators

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
                                                   BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(other, null, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
                                                        BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(other, defaultExecutor(), fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
                                                        BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biApply(other, screen(executor), fn);
    }

    @SuppressWarnings("unchecked")
    private <U, V> CompletableFuture<V> biApply(CompletionStage<? extends U> other, Executor e,
                                                BiFunction<? super T, ? super U, ? extends V> fn) {
        if (fn == null || other == null) {
            throw new NullPointerException();
        }
        return both((CompletionStage<U>) other, e, (t, u, next) -> next.completeValue(fn.apply(t, u)));
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
                                                      BiConsumer<? super T, ? super U> action) {
        return biAccept(other, null, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
                                                           BiConsumer<? super T, ? super U> action) {
        return biAccept(other, defaultExecutor(), action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
                                                           BiConsumer<? super T, ? super U> action, Executor executor) {
        return biAccept(other, screen(executor), action);
    }

    @SuppressWarnings("unchecked")
    private <U> CompletableFuture<Void> biAccept(CompletionStage<? extends U> other, Executor e,
                                                 BiConsumer<? super T, ? super U> action) {
        if (action == null || other == null) {
            throw new NullPointerException();
        }
        return both((CompletionStage<U>) other, e, (t, u, next) -> {
            action.accept(t, u);
            next.completeValue(null);
        });
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return biRun(other, null, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return biRun(other, defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return biRun(other, screen(executor), action);
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> biRun(CompletionStage<?> other, Executor e, Runnable action) {
        if (action == null || other == null) {
            throw new NullPointerException();
        }
        return both((CompletionStage<Object>) other, e, (t, u, next) -> {
            action.run();
            next.completeValue(null);
        });
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orApply(other, null, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orApply(other, defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn,
                                                       Executor executor) {
        return orApply(other, screen(executor), fn);
    }

    private <U> CompletableFuture<U> orApply(CompletionStage<? extends T> other, Executor e, Function<? super T, U> fn) {
        if (fn == null || other == null) {
            throw new NullPointerException();
        }
        return this.<T, U>either(other, e, (v, next) -> next.completeValue(fn.apply(v)));
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return orAccept(other, null, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return orAccept(other, defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action,
                                                     Executor executor) {
        return orAccept(other, screen(executor), action);
    }

    private CompletableFuture<Void> orAccept(CompletionStage<? extends T> other, Executor e, Consumer<? super T> action) {
        if (action == null || other == null) {
            throw new NullPointerException();
        }
        return this.<T, Void>either(other, e, (v, next) -> {
            action.accept(v);
            next.completeValue(null);
        });
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return orRun(other, null, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return orRun(other, defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return orRun(other, screen(executor), action);
    }

    private CompletableFuture<Void> orRun(CompletionStage<?> other, Executor e, Runnable action) {
        if (action == null || other == null) {
            throw new NullPointerException();
        }
        return this.<Object, Void>either(other, e, (v, next) -> {
            action.run();
            next.completeValue(null);
        });
    }

    // exceptionally / handle / whenComplete

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uniExceptionally(null, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uniExceptionally(defaultExecutor(), fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uniExceptionally(screen(executor), fn);
    }

    private CompletableFuture<T> uniExceptionally(Executor e, Function<Throwable, ? extends T> fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        CompletableFuture<T> next = newIncompleteFuture();
        onDone(() -> {
            Object r = result;
            if (!failed(r)) {
                next.set(r);
                return;
            }
            Throwable ex = exceptionOf(r);
            dispatch(e, next, () -> next.set(attempt(() -> fn.apply(ex))));
        });
        return next;
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniComposeExceptionally(null, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniComposeExceptionally(defaultExecutor(), fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn,
                                                          Executor executor) {
        return uniComposeExceptionally(screen(executor), fn);
    }

    private CompletableFuture<T> uniComposeExceptionally(Executor e, Function<Throwable, ? extends CompletionStage<T>> fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        CompletableFuture<T> next = newIncompleteFuture();
        onDone(() -> {
            Object r = result;
            if (!failed(r)) {
                next.set(r);
                return;
            }
            Throwable ex = exceptionOf(r);
            dispatch(e, next, () -> runBody(next, () -> {
                relayFrom(fn.apply(ex), next);
                return null;
            }));
        });
        return next;
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandle(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandle(defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uniHandle(screen(executor), fn);
    }

    private <U> CompletableFuture<U> uniHandle(Executor e, BiFunction<? super T, Throwable, ? extends U> fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        return whenDone(e, (r, next) -> {
            T value = valueOf(r);
            next.completeValue(fn.apply(value, exceptionOf(r)));
        });
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenComplete(null, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenComplete(defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return uniWhenComplete(screen(executor), action);
    }

    private CompletableFuture<T> uniWhenComplete(Executor e, BiConsumer<? super T, ? super Throwable> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        return whenDone(e, (r, next) -> {
            Throwable x = exceptionOf(r);
            T value = valueOf(r);
            Object outcome = attempt(() -> {
                action.accept(value, x);
                return null;
            });
            if (x != null) {
                next.completeThrowable(wrap(x));
            } else if (failed(outcome)) {
                next.set(outcome);
            } else {
                next.set(r);
            }
        });
    }

    // ------------------------------------------------------------------ JDK 9+ additions

    /** The executor of the ...Async methods without one: a new thread per task (as the JDK's with one processor). */
    public Executor defaultExecutor() {
        return ASYNC;
    }

    /** A new incomplete future of the kind this one's dependents are. */
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }

    /** A future completed as this one completes (a failure wrapped in CompletionException). */
    public CompletableFuture<T> copy() {
        return then(null, (v, next) -> next.completeValue(v));
    }

    /** A stage completed as this one completes that offers only the CompletionStage methods. */
    public CompletionStage<T> minimalCompletionStage() {
        CompletableFuture<T> stage = new MinimalStage<>();
        onDone(() -> stage.completeRelay(result));
        return stage;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        executor.execute(new AsyncTask(() -> set(attempt(supplier::get))));
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    /** Fails this future with a TimeoutException unless it completes within the timeout. */
    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (!isDone()) {
            ScheduledFuture<?> timer = Delayer.delay(() -> {
                if (!isDone()) {
                    completeThrowable(new TimeoutException());
                }
            }, timeout, unit);
            onDone(() -> timer.cancel(false));
        }
        return this;
    }

    /** Completes this future with {@code value} unless it completes within the timeout. */
    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (!isDone()) {
            ScheduledFuture<?> timer = Delayer.delay(() -> completeValue(value), timeout, unit);
            onDone(() -> timer.cancel(false));
        }
        return this;
    }

    /** An executor that hands each task to {@code executor} after the delay. */
    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (unit == null || executor == null) {
            throw new NullPointerException();
        }
        return task -> {
            if (task == null) {
                throw new NullPointerException();
            }
            Delayer.delay(() -> executor.execute(task), delay, unit);
        };
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        return delayedExecutor(delay, unit, ASYNC);
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        CompletableFuture<U> stage = new MinimalStage<>();
        stage.completeValue(value);
        return stage;
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> stage = new MinimalStage<>();
        stage.completeThrowable(ex);
        return stage;
    }

    /** The daemon thread that fires timeouts and delayed executions (the JDK's is named alike). */
    private static final class Delayer {
        private static final ScheduledThreadPoolExecutor DELAYER;

        static {
            DELAYER = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "CompletableFutureDelayScheduler");
                t.setDaemon(true);
                return t;
            });
            DELAYER.setRemoveOnCancelPolicy(true);
        }

        static ScheduledFuture<?> delay(Runnable command, long delay, TimeUnit unit) {
            return DELAYER.schedule(command, delay, unit);
        }
    }

    /**
     * The stage of {@link #minimalCompletionStage}, {@link #completedStage} and
     * {@link #failedStage}: a CompletableFuture whose methods beyond CompletionStage throw
     * UnsupportedOperationException; {@code toCompletableFuture} gives a full copy.
     */
    static final class MinimalStage<T> extends CompletableFuture<T> {
        MinimalStage() {
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new MinimalStage<>();
        }

        @Override
        public T get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public T get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T getNow(T valueIfAbsent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T join() {
            throw new UnsupportedOperationException();
        }

        @Override
        public T resultNow() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Throwable exceptionNow() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean complete(T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean completeExceptionally(Throwable ex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void obtrudeValue(T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void obtrudeException(Throwable ex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isDone() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCancelled() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCompletedExceptionally() {
            throw new UnsupportedOperationException();
        }

        @Override
        public State state() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getNumberOfDependents() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> toCompletableFuture() {
            CompletableFuture<T> self = this;
            CompletableFuture<T> full = new CompletableFuture<>();
            self.onDone(() -> full.completeRelay(self.result));
            return full;
        }
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
        // JDK 25's format: a failure is shown by its class name only
        String status = r == null ? (deps == 0 ? "[Not completed]" : "[Not completed, " + deps + " dependents]")
                : failed(r) ? "[Completed exceptionally: " + exceptionOf(r).getClass().getName() + "]" : "[Completed normally]";
        return super.toString() + status;
    }
}
