package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises the control flow of try/catch/finally: nested finally blocks, return and throw from
 * finally overriding earlier outcomes, finally after break/continue, multi-catch and rethrow, and
 * exceptions thrown from catch blocks.
 */
public class NestedFinally {

    static final List<String> TRACE = new ArrayList<>();

    @SuppressWarnings("finally")
    static int returnOverride() {
        try {
            TRACE.add("try returns 1");
            return 1;
        } finally {
            TRACE.add("finally returns 2");
            return 2;
        }
    }

    static int finallySeesOldValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            TRACE.add("finally set x=" + x);
        }
    }

    @SuppressWarnings("finally")
    static String swallow() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "finally swallowed the exception";
        }
    }

    static void nested(int failAt) {
        try {
            TRACE.add("outer try");
            try {
                TRACE.add("inner try");
                if (failAt == 1) {
                    throw new IllegalArgumentException("inner failure");
                }
                try {
                    TRACE.add("innermost try");
                    if (failAt == 2) {
                        throw new UnsupportedOperationException("innermost failure");
                    }
                } finally {
                    TRACE.add("innermost finally");
                }
            } catch (IllegalArgumentException e) {
                TRACE.add("inner catch " + e.getMessage());
                if (failAt == 1) {
                    throw new IllegalStateException("rethrown from catch", e);
                }
            } finally {
                TRACE.add("inner finally");
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            TRACE.add("outer multi-catch " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (e.getCause() != null ? " cause=" + e.getCause().getMessage() : ""));
        } finally {
            TRACE.add("outer finally");
        }
    }

    static void loops() {
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                TRACE.add("loop body " + i);
            } finally {
                TRACE.add("loop finally " + i);
            }
        }
    }

    static void precise() throws java.io.IOException {
        try {
            if (TRACE.size() > 0) {
                throw new java.io.FileNotFoundException("config.toml");
            }
        } catch (Exception e) {
            TRACE.add("precise rethrow of " + e.getClass().getSimpleName());
            throw e;
        }
    }

    public static void main(String[] args) {
        TRACE.add("returnOverride=" + returnOverride());
        TRACE.add("finallySeesOldValue=" + finallySeesOldValue());
        TRACE.add(swallow());
        for (int f = 0; f <= 2; f++) {
            TRACE.add("-- nested(" + f + ")");
            nested(f);
        }
        loops();
        try {
            precise();
        } catch (java.io.IOException e) {
            TRACE.add("caught " + e);
        }
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                TRACE.add("finally throws second");
                if (TRACE.size() > 0) {
                    throw new RuntimeException("second");
                }
            }
        } catch (RuntimeException e) {
            TRACE.add("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        Error err = new Error("custom error");
        try {
            throw err;
        } catch (Throwable t) {
            TRACE.add("throwable " + t + " same=" + (t == err));
        }
        for (int i = 0; i < TRACE.size(); i++) {
            System.out.println(i + " " + TRACE.get(i));
        }
    }
}
