package dev.mayfly.conformance.programs;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Defaults of the class library that a program meets without asking for them: an iterator that does
 * not define {@code remove()} inherits the default that throws {@code UnsupportedOperationException
 * ("remove")}; {@code Objects.requireNonNull(null)} throws a NullPointerException whose message is
 * null; and {@code Class.getSimpleName()} of top-level, member, inner, local and anonymous classes,
 * of JDK nested classes and of arrays (JLS §13.1's binary names, stripped as the JDK does).
 */
public class ClassLibraryDefaults {
    static final class Member {
        static final class Deeper {
        }
    }

    final class Inner {
    }

    /** An iterator over three numbers that leaves remove() to Iterator's default. */
    static final class Countdown implements Iterator<Integer> {
        private int next = 3;

        @Override
        public boolean hasNext() {
            return next > 0;
        }

        @Override
        public Integer next() {
            if (next == 0) {
                throw new NoSuchElementException();
            }
            return next--;
        }
    }

    public static void main(String[] args) {
        Countdown countdown = new Countdown();
        StringBuilder seen = new StringBuilder();
        while (countdown.hasNext()) {
            seen.append(countdown.next()).append(' ');
            try {
                countdown.remove();
                seen.append("(removed) ");
            } catch (UnsupportedOperationException e) {
                seen.append("(").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).append(") ");
            }
        }
        System.out.println("iterator: " + seen.toString().trim());
        StringBuilder rest = new StringBuilder();
        countdown.forEachRemaining(i -> rest.append(i));
        System.out.println("after the end, forEachRemaining gives '" + rest + "'");

        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null): message " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "the widget");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null, msg): message " + e.getMessage());
        }
        System.out.println("requireNonNull(x) returns x: " + Objects.requireNonNull("x"));

        class Local {
        }
        Object anonymous = new Object() {
        };
        Runnable anonymousRunnable = new Runnable() {
            @Override
            public void run() {
            }
        };
        Class<?>[] classes = {
            ClassLibraryDefaults.class, Member.class, Member.Deeper.class, Inner.class, Local.class,
            anonymous.getClass(), anonymousRunnable.getClass(), Map.Entry.class, ThreadPoolExecutor.AbortPolicy.class,
            Member[].class, int[][].class, String[].class, Integer.class, Thread.State.class,
        };
        for (Class<?> c : classes) {
            System.out.println("simple name of " + c.getName() + ": '" + c.getSimpleName() + "'");
        }
    }
}
