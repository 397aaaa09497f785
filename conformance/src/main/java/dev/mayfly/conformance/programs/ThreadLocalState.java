package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises ThreadLocal and InheritableThreadLocal: per-thread request contexts, initial values,
 * remove(), and inheritance into child threads, in a simulated request-handling server.
 */
public class ThreadLocalState {

    static final ThreadLocal<StringBuilder> TRACE = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<String> USER = new ThreadLocal<>();
    static final InheritableThreadLocal<String> TENANT = new InheritableThreadLocal<>();

    static void handle(String user, int request) {
        USER.set(user);
        TRACE.get().append(user).append('#').append(request).append(' ');
        audit();
    }

    static void audit() {
        TRACE.get().append("audit(").append(USER.get()).append(") ");
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> results = new ArrayList<>();
        Thread[] workers = new Thread[3];
        String[] users = {"ana", "ben", "cai"};
        for (int i = 0; i < workers.length; i++) {
            final int id = i;
            workers[i] = new Thread(() -> {
                TENANT.set("tenant-" + id);
                for (int r = 0; r < 3; r++) {
                    handle(users[id], r);
                }
                String[] childSaw = new String[2];
                Thread child = new Thread(() -> {
                    childSaw[0] = TENANT.get();
                    childSaw[1] = String.valueOf(USER.get());
                });
                child.start();
                try {
                    child.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String line = Thread.currentThread().getName() + ": " + TRACE.get().toString().trim() + " | child tenant=" + childSaw[0]
                        + " child user=" + childSaw[1];
                synchronized (results) {
                    results.add(line);
                }
            }, "srv-" + i);
        }
        for (Thread w : workers) {
            w.start();
            w.join();
        }
        results.forEach(System.out::println);
        System.out.println("main sees user=" + USER.get() + " tenant=" + TENANT.get() + " trace empty=" + (TRACE.get().length() == 0));
        USER.set("root");
        USER.remove();
        System.out.println("after remove " + USER.get());
    }
}
