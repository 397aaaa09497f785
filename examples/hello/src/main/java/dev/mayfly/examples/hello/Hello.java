package dev.mayfly.examples.hello;

import java.util.ArrayList;
import java.util.List;

/**
 * The hello-world of Mayfly: greets, shows its arguments and the GREETING_NAME environment
 * variable, then lets two threads take turns, each sleeping 10 ms between lines. A plain Java
 * program: it prints the same on HotSpot.
 */
public final class Hello {
    private static final int ROUNDS = 3;
    private static final Object TURN = new Object();
    private static int turn;

    public static void main(String[] args) throws InterruptedException {
        String name = System.getenv("GREETING_NAME");
        System.out.println("Hello from Mayfly, " + (name == null ? "stranger" : name) + "!");
        System.out.println("arguments: " + List.of(args));

        List<Thread> threads = new ArrayList<>();
        for (int id = 0; id < 2; id++) {
            int me = id;
            threads.add(new Thread(() -> takeTurns(me), "worker-" + id));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("both workers done");
    }

    private static void takeTurns(int me) {
        try {
            for (int round = 0; round < ROUNDS; round++) {
                synchronized (TURN) {
                    while (turn % 2 != me) {
                        TURN.wait();
                    }
                    System.out.println(Thread.currentThread().getName() + " round " + round);
                    turn++;
                    TURN.notifyAll();
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
