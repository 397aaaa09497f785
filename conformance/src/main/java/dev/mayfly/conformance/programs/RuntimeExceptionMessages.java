package dev.mayfly.conformance.programs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Probes the JDK's messages for common runtime exceptions: ClassCastException, helpful
 * NullPointerException messages on fields and array elements, NumberFormatException,
 * unboxing null, and UnsupportedOperationException from immutable collections.
 */
public class RuntimeExceptionMessages {

    static class Customer {
        String name;
        Customer referrer;
        int[] scores;
    }

    static final Customer CUSTOMER = new Customer();
    static RuntimeException pending;

    interface Check {
        Object run();
    }

    static void attempt(String label, Check c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object boxed = Integer.valueOf(42);
        Map<String, Integer> stock = new HashMap<>();
        attempt("cast Integer to String", () -> (String) boxed);
        attempt("cast Integer to Long", () -> (Long) boxed);
        attempt("cast array", () -> (String[]) (Object) new int[0]);
        attempt("field deref", () -> CUSTOMER.name.length());
        attempt("chained field", () -> CUSTOMER.referrer.name);
        attempt("array field load", () -> CUSTOMER.scores[0]);
        attempt("array length", () -> CUSTOMER.scores.length);
        attempt("unbox null", () -> {
            int n = stock.get("apples");
            return n;
        });
        attempt("synchronized null", () -> {
            synchronized (CUSTOMER.referrer) {
                return 1;
            }
        });
        attempt("throw null", () -> {
            throw pending;
        });
        attempt("parseInt", () -> Integer.parseInt("12a"));
        attempt("parseInt empty", () -> Integer.parseInt(""));
        attempt("parseInt overflow", () -> Integer.parseInt("2147483648"));
        attempt("parseLong null", () -> Long.parseLong(null));
        attempt("valueOf radix", () -> Integer.valueOf("ff", 10));
        attempt("immutable add", () -> List.of(1).add(2));
        attempt("requireNonNull", () -> java.util.Objects.requireNonNull(null, "customer must not be null"));
        attempt("iterator exhausted", () -> List.of().iterator().next());
        attempt("illegal state", () -> {
            throw new IllegalStateException("queue closed");
        });
        attempt("enum valueOf", () -> java.math.RoundingMode.valueOf("SIDEWAYS"));
        attempt("negative capacity", () -> new java.util.ArrayList<String>(-1));
        System.out.println("done");
    }
}
