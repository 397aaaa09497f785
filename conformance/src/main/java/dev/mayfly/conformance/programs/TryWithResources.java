package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises try-with-resources: reverse closing order, suppressed exceptions from close, failures
 * while opening later resources, null resources, resources declared outside the statement, and
 * addSuppressed/getSuppressed on a simulated database transaction.
 */
public class TryWithResources {

    static final List<String> LOG = new ArrayList<>();

    static final class Resource implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;

        Resource(String name, boolean failOnOpen, boolean failOnClose) {
            if (failOnOpen) {
                LOG.add("open failed " + name);
                throw new IllegalStateException("cannot open " + name);
            }
            this.name = name;
            this.failOnClose = failOnClose;
            LOG.add("open " + name);
        }

        void use(boolean fail) {
            LOG.add("use " + name);
            if (fail) {
                throw new RuntimeException("work failed in " + name);
            }
        }

        @Override
        public void close() {
            LOG.add("close " + name);
            if (failOnClose) {
                throw new IllegalArgumentException("close failed for " + name);
            }
        }
    }

    static void scenario(String title, boolean failUse, boolean failOpenB, boolean failCloseA, boolean failCloseC) {
        LOG.add("== " + title);
        try (Resource a = new Resource("A", false, failCloseA);
             Resource b = new Resource("B", failOpenB, false);
             Resource c = new Resource("C", false, failCloseC)) {
            a.use(false);
            b.use(false);
            c.use(failUse);
            LOG.add("body finished");
        } catch (RuntimeException e) {
            LOG.add("caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                LOG.add("  suppressed " + s.getClass().getSimpleName() + ": " + s.getMessage());
            }
        } finally {
            LOG.add("finally");
        }
    }

    public static void main(String[] args) {
        scenario("all good", false, false, false, false);
        scenario("body fails", true, false, false, false);
        scenario("body fails and two closes fail", true, false, true, true);
        scenario("only close fails", false, false, false, true);
        scenario("second open fails", false, true, true, false);
        LOG.add("== null resource");
        try (Resource nothing = null) {
            LOG.add("body with null resource " + (nothing == null));
        }
        LOG.add("== effectively final resource");
        Resource outer = new Resource("outer", false, false);
        try (outer) {
            outer.use(false);
        }
        LOG.add("== lambda resource");
        try (AutoCloseable lambda = () -> LOG.add("lambda closed")) {
            LOG.add("lambda body");
        } catch (Exception e) {
            LOG.add("unexpected " + e);
        }
        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("s1"));
        primary.addSuppressed(new Error("s2"));
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            LOG.add("self-suppression rejected: " + e.getMessage());
        }
        LOG.add("manual suppressed count " + primary.getSuppressed().length + " last " + primary.getSuppressed()[1]);
        for (String s : LOG) {
            System.out.println(s);
        }
    }
}
