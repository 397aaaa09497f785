package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises strict hand-off between two threads with wait/notify on a shared monitor (a turn
 * variable makes the interleaving deterministic), plus timed wait, sleep and interrupt.
 */
public class PingPong {

    private final Object table = new Object();
    private int turn;
    private final List<String> rally = new ArrayList<>();

    void play(int me, String sound, int strokes) throws InterruptedException {
        for (int i = 0; i < strokes; i++) {
            synchronized (table) {
                while (turn != me) {
                    table.wait();
                }
                rally.add(sound + i);
                turn = 1 - me;
                table.notifyAll();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PingPong game = new PingPong();
        Thread ping = new Thread(() -> {
            try {
                game.play(0, "ping", 8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread pong = new Thread(() -> {
            try {
                game.play(1, "pong", 8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        System.out.println(String.join(" ", game.rally));

        Object monitor = new Object();
        synchronized (monitor) {
            monitor.wait(20);
        }
        System.out.println("timed wait returned without notify");
        Thread.sleep(15);
        System.out.println("slept");

        List<String> events = new ArrayList<>();
        Object gate = new Object();
        boolean[] ready = {false};
        Thread napper = new Thread(() -> {
            synchronized (gate) {
                ready[0] = true;
                gate.notifyAll();
            }
            try {
                Thread.sleep(60_000);
                synchronized (events) {
                    events.add("napper woke normally");
                }
            } catch (InterruptedException e) {
                synchronized (events) {
                    events.add("napper interrupted, flag now " + Thread.currentThread().isInterrupted());
                }
            }
        });
        napper.start();
        synchronized (gate) {
            while (!ready[0]) {
                gate.wait();
            }
        }
        Thread.sleep(10);
        napper.interrupt();
        napper.join();
        System.out.println(events);
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10);
            System.out.println("sleep ignored pending interrupt");
        } catch (InterruptedException e) {
            System.out.println("pending interrupt made sleep throw, flag cleared " + !Thread.currentThread().isInterrupted());
        }
        Thread helper = new Thread(() -> { });
        helper.start();
        helper.join();
        System.out.println("join after the interrupted sleep returned normally");
        Thread.currentThread().interrupt();
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
    }
}
