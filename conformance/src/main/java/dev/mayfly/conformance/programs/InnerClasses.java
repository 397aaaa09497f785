package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Exercises inner (non-static) classes, local classes, anonymous classes and captured variables
 * through a small playlist with its own iterators and listeners.
 */
public class InnerClasses {

    interface Listener {
        void onEvent(String what);
    }

    private final String name;
    private final List<String> songs = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();
    private int plays;

    InnerClasses(String name) {
        this.name = name;
    }

    class Cursor implements Iterator<String> {
        private int pos;
        private final int step;

        Cursor(int step) {
            this.step = step;
        }

        @Override
        public boolean hasNext() {
            return pos < songs.size();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException("cursor of " + name + " exhausted");
            }
            String s = songs.get(pos);
            pos += step;
            plays++;
            fire("play " + s);
            return s;
        }
    }

    void add(String song) {
        songs.add(song);
        fire("add " + song);
    }

    void fire(String what) {
        for (Listener l : listeners) {
            l.onEvent(what);
        }
    }

    Iterable<String> reversed() {
        class Reverse implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                return new Iterator<>() {
                    int i = songs.size() - 1;

                    @Override
                    public boolean hasNext() {
                        return i >= 0;
                    }

                    @Override
                    public String next() {
                        return songs.get(i--);
                    }
                };
            }
        }
        return new Reverse();
    }

    public static void main(String[] args) {
        InnerClasses list = new InnerClasses("road trip");
        final StringBuilder log = new StringBuilder();
        int[] counter = {0};
        list.listeners.add(new Listener() {
            private int seen;

            @Override
            public void onEvent(String what) {
                seen++;
                log.append(seen).append(':').append(what).append(';');
            }
        });
        list.listeners.add(what -> counter[0] += what.length());
        for (String s : new String[] {"Intro", "Highway", "Desert Song", "Coastline", "Outro"}) {
            list.add(s);
        }
        InnerClasses.Cursor every = list.new Cursor(1);
        while (every.hasNext()) {
            System.out.println("every: " + every.next());
        }
        Cursor odd = list.new Cursor(2);
        while (odd.hasNext()) {
            System.out.println("odd:   " + odd.next());
        }
        try {
            odd.next();
        } catch (NoSuchElementException e) {
            System.out.println("caught: " + e.getMessage());
        }
        for (String s : list.reversed()) {
            System.out.println("rev:   " + s);
        }
        System.out.println("plays=" + list.plays + " chars=" + counter[0]);
        System.out.println(log);
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous runnable sees " + list.songs.size() + " songs");
            }
        };
        r.run();
        System.out.println("anonymous class name empty: " + r.getClass().getSimpleName().isEmpty());
    }
}
