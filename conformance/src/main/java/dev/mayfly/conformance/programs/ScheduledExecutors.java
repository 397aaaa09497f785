package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exercises the scheduled executors a service uses (Executors.newScheduledThreadPool and
 * newSingleThreadScheduledExecutor): one-shot tasks run in due order, cancel, getDelay/compareTo,
 * fixed-rate and fixed-delay tasks, a periodic task stopped by its exception, shutdown keeping
 * delayed tasks and dropping periodic ones, shutdownNow; then ThreadPoolExecutor's sizing and
 * its four rejection policies and hooks. Latches make every printed line deterministic.
 */
public class ScheduledExecutors {

    /**
     * The bracketed part of the pool's toString without its pool size: after awaitTermination the JDK's
     * count still includes a worker that has ended its last task but not yet left the worker set, on
     * some runs and not on others (getPoolSize() is 0 once the pool terminated).
     */
    private static String stats(ThreadPoolExecutor pool) {
        String s = pool.toString();
        return s.substring(s.indexOf('[')).replaceFirst("pool size = \\d+, ", "");
    }

    public static void main(String[] args) throws Exception {
        scheduling();
        shutdownPolicies();
        rejectionPolicies();
        hooksAndFactories();
    }

    static void scheduling() throws Exception {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ScheduledFuture<?> c = ses.schedule(() -> log.add("c@30ms"), 30, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> a = ses.schedule(() -> {
            log.add("a@10ms");
            return "A";
        }, 10, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> b = ses.schedule(() -> log.add("b@20ms"), 20, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> never = ses.schedule(() -> log.add("never"), 1, TimeUnit.HOURS);
        System.out.println("a before b " + (a.compareTo(b) < 0) + ", c after b " + (c.compareTo(b) > 0)
                + ", never due in 59+ min " + (never.getDelay(TimeUnit.MINUTES) >= 59));
        System.out.println("cancel never " + never.cancel(false) + " cancelled " + never.isCancelled() + " done "
                + never.isDone() + " state " + never.state() + " cancel again " + never.cancel(false));
        System.out.println("a returned " + a.get() + " state " + a.state() + " resultNow " + a.resultNow());
        c.get();
        System.out.println("ran in due order " + log);
        try {
            never.get();
        } catch (CancellationException e) {
            System.out.println("get on cancelled: CancellationException");
        }

        CountDownLatch ticks = new CountDownLatch(3);
        ScheduledFuture<?> rate = ses.scheduleAtFixedRate(ticks::countDown, 0, 2, TimeUnit.MILLISECONDS);
        ticks.await();
        System.out.println("fixed rate ticked 3 times, periodic " + ((RunnableScheduledFuture<?>) rate).isPeriodic()
                + ", one-shot periodic " + ((RunnableScheduledFuture<?>) a).isPeriodic());
        System.out.println("cancel periodic " + rate.cancel(false) + " done " + rate.isDone() + " state " + rate.state());

        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> failing = ses.scheduleWithFixedDelay(() -> {
            if (runs.incrementAndGet() == 3) {
                throw new IllegalStateException("third run fails");
            }
        }, 1, 1, TimeUnit.MILLISECONDS);
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("fixed delay stopped after " + runs.get() + " runs: " + e.getCause() + " state " + failing.state());
        }
        Thread.sleep(10);
        System.out.println("no run after the failure: " + runs.get());

        try {
            ses.scheduleAtFixedRate(() -> { }, 0, 0, TimeUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            System.out.println("period 0: IllegalArgumentException");
        }
        try {
            ses.schedule((Runnable) null, 1, TimeUnit.SECONDS);
        } catch (NullPointerException e) {
            System.out.println("null task: NullPointerException");
        }
        Future<Integer> submitted = ses.submit(() -> 6 * 7);
        System.out.println("submit runs at once: " + submitted.get());
        System.out.println("single-thread scheduler is a ScheduledThreadPoolExecutor: " + (ses instanceof ScheduledThreadPoolExecutor));
        ses.shutdown();
        System.out.println("terminated " + ses.awaitTermination(10, TimeUnit.SECONDS));
    }

    static void shutdownPolicies() throws Exception {
        ScheduledThreadPoolExecutor stpe = new ScheduledThreadPoolExecutor(2);
        ScheduledFuture<String> delayed = stpe.schedule(() -> "delayed task ran after shutdown", 20, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> periodic = stpe.scheduleAtFixedRate(() -> { }, 1, 1, TimeUnit.HOURS);
        System.out.println("queued " + stpe.getQueue().size() + " core " + stpe.getCorePoolSize() + " max "
                + (stpe.getMaximumPoolSize() == Integer.MAX_VALUE) + " policies " + stpe.getContinueExistingPeriodicTasksAfterShutdownPolicy()
                + " " + stpe.getExecuteExistingDelayedTasksAfterShutdownPolicy() + " " + stpe.getRemoveOnCancelPolicy());
        stpe.shutdown();
        System.out.println("after shutdown: periodic cancelled " + periodic.isCancelled() + ", queued " + stpe.getQueue().size()
                + ", shut down " + stpe.isShutdown() + ", terminated " + stpe.isTerminated());
        System.out.println(delayed.get());
        System.out.println("terminated " + stpe.awaitTermination(10, TimeUnit.SECONDS) + " " + stats(stpe));
        try {
            stpe.schedule(() -> { }, 1, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            System.out.println("schedule after shutdown: RejectedExecutionException");
        }

        ScheduledThreadPoolExecutor removing = new ScheduledThreadPoolExecutor(1);
        ScheduledFuture<?> kept = removing.schedule(() -> { }, 1, TimeUnit.HOURS);
        kept.cancel(false);
        System.out.println("cancelled task stays queued by default: " + removing.getQueue().size());
        removing.setRemoveOnCancelPolicy(true);
        removing.schedule(() -> { }, 1, TimeUnit.HOURS).cancel(false);
        System.out.println("remove-on-cancel leaves " + removing.getQueue().size());
        removing.purge();
        System.out.println("purge leaves " + removing.getQueue().size());
        ScheduledExecutorService now = Executors.newScheduledThreadPool(1);
        now.schedule(() -> { }, 1, TimeUnit.HOURS);
        now.schedule(() -> "x", 2, TimeUnit.HOURS);
        removing.schedule(() -> { }, 3, TimeUnit.HOURS);
        List<Runnable> pending = now.shutdownNow();
        System.out.println("shutdownNow returned " + pending.size() + " tasks, terminated " + now.awaitTermination(10, TimeUnit.SECONDS));
        removing.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        removing.shutdown();
        System.out.println("without delayed-after-shutdown: terminated " + removing.awaitTermination(10, TimeUnit.SECONDS)
                + " queued " + removing.getQueue().size());
    }

    static void rejectionPolicies() throws Exception {
        RejectedExecutionHandler[] policies = {
            new ThreadPoolExecutor.AbortPolicy(), new ThreadPoolExecutor.CallerRunsPolicy(),
            new ThreadPoolExecutor.DiscardPolicy(), new ThreadPoolExecutor.DiscardOldestPolicy(),
        };
        String[] names = {"AbortPolicy", "CallerRunsPolicy", "DiscardPolicy", "DiscardOldestPolicy"};
        Thread main = Thread.currentThread();
        for (int p = 0; p < policies.length; p++) {
            RejectedExecutionHandler policy = policies[p];
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(2);
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), policy);
            for (String name : new String[] {"first", "second", "third"}) {
                pool.execute(() -> {
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ran.add(name);
                });
            }
            started.await();
            String line = names[p] + ": pool " + pool.getPoolSize() + " active " + pool.getActiveCount()
                    + " queued " + pool.getQueue().size();
            try {
                pool.execute(() -> ran.add(Thread.currentThread() == main ? "fourth (in caller)" : "fourth"));
                line += ", fourth accepted";
            } catch (RejectedExecutionException e) {
                line += ", fourth rejected: " + e.getMessage().startsWith("Task ") + " " + e.getMessage().contains(" rejected from ");
            }
            release.countDown();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            List<String> sorted = new ArrayList<>(ran);
            Collections.sort(sorted);
            System.out.println(line + "; ran " + sorted + " completed " + pool.getCompletedTaskCount() + " largest "
                    + pool.getLargestPoolSize() + " " + stats(pool));
        }
    }

    static void hooksAndFactories() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch terminated = new CountDownLatch(1);
        ThreadPoolExecutor hooked = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
                r -> new Thread(r, "hooked-worker")) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                log.add("before on " + t.getName());
            }

            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                log.add("after, thrown " + t);
            }

            @Override
            protected void terminated() {
                log.add("terminated");
                terminated.countDown();
            }
        };
        hooked.execute(() -> log.add("task"));
        Future<?> failing = hooked.submit(() -> {
            throw new IllegalStateException("inside a FutureTask");
        });
        String failure = "";
        try {
            failing.get();
        } catch (ExecutionException e) {
            failure = "future failed: " + e.getCause().getMessage();
        }
        hooked.shutdown();
        terminated.await();
        System.out.println(log + " " + failure);
        System.out.println("core " + hooked.getCorePoolSize() + " max " + hooked.getMaximumPoolSize() + " keepAlive "
                + hooked.getKeepAliveTime(TimeUnit.MILLISECONDS) + " factory kept " + (hooked.getThreadFactory() != null)
                + " default handler aborts " + (hooked.getRejectedExecutionHandler() instanceof ThreadPoolExecutor.AbortPolicy));
        try {
            new ThreadPoolExecutor(2, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        } catch (IllegalArgumentException e) {
            System.out.println("max < core: IllegalArgumentException");
        }
        ThreadPoolExecutor growing = new ThreadPoolExecutor(1, 4, 1, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>());
        System.out.println("prestarted " + growing.prestartAllCoreThreads() + " pool " + growing.getPoolSize());
        growing.setMaximumPoolSize(6);
        growing.setCorePoolSize(3);
        try {
            growing.allowCoreThreadTimeOut(true);
            System.out.println("core timeout allowed " + growing.allowsCoreThreadTimeOut());
        } finally {
            growing.shutdown();
        }
        System.out.println("reconfigured core " + growing.getCorePoolSize() + " max " + growing.getMaximumPoolSize()
                + " terminated " + growing.awaitTermination(10, TimeUnit.SECONDS));

        ExecutorService single = Executors.newSingleThreadExecutor();
        ExecutorService wrapped = Executors.unconfigurableExecutorService(Executors.newFixedThreadPool(2));
        System.out.println("single-thread executor is a ThreadPoolExecutor " + (single instanceof ThreadPoolExecutor)
                + ", unconfigurable " + (wrapped instanceof ThreadPoolExecutor)
                + ", fixed pool " + (Executors.newFixedThreadPool(1) instanceof ThreadPoolExecutor ? "yes" : "no"));
        System.out.println("wrapped runs " + wrapped.submit(() -> "fine").get() + " single runs " + single.submit(() -> 1 + 1).get());
        single.shutdown();
        wrapped.shutdown();
        List<String> perTask = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger made = new AtomicInteger();
        try (ExecutorService each = Executors.newThreadPerTaskExecutor(r -> new Thread(r, "task-" + made.incrementAndGet()))) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                each.execute(() -> perTask.add("job" + n));
            }
        }
        Collections.sort(perTask);
        System.out.println("thread per task ran " + perTask + " on " + made.get() + " threads");
        ExecutorService cached = Executors.newCachedThreadPool();
        List<Future<Integer>> squares = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int n = i;
            squares.add(cached.submit(() -> n * n));
        }
        int sum = 0;
        for (Future<Integer> f : squares) {
            sum += f.get();
        }
        cached.shutdown();
        System.out.println("cached pool sum " + sum + " terminated " + cached.awaitTermination(10, TimeUnit.SECONDS));
    }
}
