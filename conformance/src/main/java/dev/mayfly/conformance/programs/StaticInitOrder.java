package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises the order of static initialisation, instance initialisers, field initialisers and
 * constructor chaining, including lazy holder classes and interface constants.
 */
public class StaticInitOrder {

    static final List<String> LOG = new ArrayList<>();

    static String note(String s) {
        LOG.add(s);
        return s;
    }

    static class Config {
        static final String NAME = note("Config.NAME");
        static int loads;

        static {
            note("Config static block");
            loads++;
        }

        static String get() {
            return "config#" + loads;
        }
    }

    static class Base {
        static final String BASE_STATIC = note("Base static field");
        protected final String tag = note("Base instance field");

        static {
            note("Base static block");
        }

        {
            note("Base instance block");
        }

        Base() {
            this("default");
            note("Base() body");
        }

        Base(String how) {
            note("Base(String) body " + how);
            describe();
        }

        void describe() {
            note("Base.describe");
        }
    }

    static class Derived extends Base {
        static final String DERIVED_STATIC = note("Derived static field");
        private String name = note("Derived instance field");

        static {
            note("Derived static block");
        }

        {
            note("Derived instance block");
        }

        Derived() {
            super();
            note("Derived() body, name=" + name);
        }

        @Override
        void describe() {
            note("Derived.describe sees name=" + name);
        }
    }

    static class Holder {
        static {
            note("Holder initialised");
        }

        static final Holder INSTANCE = new Holder();

        Holder() {
            note("Holder constructor");
        }
    }

    interface Limits {
        int COMPILE_TIME = 42;
        String RUNTIME = note("Limits.RUNTIME");
    }

    static class Counter {
        static int a = next();
        static int b = 10;
        static int c = next();

        static int next() {
            return b++;
        }
    }

    public static void main(String[] args) {
        note("main start");
        note("constant " + Limits.COMPILE_TIME);
        note("config " + Config.get() + " " + Config.get());
        new Derived();
        note("second object");
        new Derived();
        note("before holder");
        Holder h = Holder.INSTANCE;
        note("holder same: " + (h == Holder.INSTANCE));
        note("runtime constant " + Limits.RUNTIME);
        note("counter a=" + Counter.a + " b=" + Counter.b + " c=" + Counter.c);
        for (int i = 0; i < LOG.size(); i++) {
            System.out.println(i + ": " + LOG.get(i));
        }
    }
}
