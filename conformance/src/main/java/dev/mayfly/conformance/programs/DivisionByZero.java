package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Probes integer division traps: int and long {@code /} and {@code %} by zero must throw
 * ArithmeticException("/ by zero") and the program must carry on; MIN_VALUE / -1 and
 * MIN_VALUE % -1 must not trap; floating-point division by zero gives infinities and NaN.
 */
public class DivisionByZero {

    static int average(int total, int count) {
        return total / count;
    }

    static long bucket(long value, long buckets) {
        return value % buckets;
    }

    public static void main(String[] args) {
        int zero = Integer.parseInt("0");
        long lzero = Long.parseLong("0");
        List<String> results = new ArrayList<>();
        int[][] cases = {{10, 2}, {10, 0}, {-3, 0}, {0, 0}};
        for (int[] c : cases) {
            try {
                results.add(c[0] + "/" + c[1] + "=" + average(c[0], c[1]));
            } catch (ArithmeticException e) {
                results.add(c[0] + "/" + c[1] + " -> " + e);
            }
        }
        try {
            results.add("rem " + (7 % zero));
        } catch (ArithmeticException e) {
            results.add("int % 0 -> " + e.getMessage());
        }
        try {
            results.add("long " + (100L / lzero));
        } catch (ArithmeticException e) {
            results.add("long / 0 -> " + e.getMessage());
        }
        try {
            results.add("bucket " + bucket(99, lzero));
        } catch (ArithmeticException e) {
            results.add("long % 0 -> " + e.getMessage());
        }
        try {
            results.add("floorDiv " + Math.floorDiv(5, zero));
        } catch (ArithmeticException e) {
            results.add("floorDiv -> " + e.getMessage());
        }
        try {
            results.add("floorMod " + Math.floorMod(5L, lzero));
        } catch (ArithmeticException e) {
            results.add("floorMod -> " + e.getMessage());
        }
        try {
            results.add("divideUnsigned " + Integer.divideUnsigned(5, zero));
        } catch (ArithmeticException e) {
            results.add("divideUnsigned -> " + e.getMessage());
        }
        int x = 12;
        try {
            x /= zero;
        } catch (ArithmeticException e) {
            results.add("compound kept x=" + x);
        }
        for (String r : results) {
            System.out.println(r);
        }
        int minusOne = Integer.parseInt("-1");
        long lminusOne = Long.parseLong("-1");
        System.out.println("MIN / -1 = " + (Integer.MIN_VALUE / minusOne) + ", MIN % -1 = " + (Integer.MIN_VALUE % minusOne));
        System.out.println("LMIN / -1 = " + (Long.MIN_VALUE / lminusOne) + ", LMIN % -1 = " + (Long.MIN_VALUE % lminusOne));
        double dz = zero;
        System.out.println("double " + (1.0 / dz) + " " + (-1.0 / dz) + " " + (0.0 / dz) + " " + (5.0 % dz) + " " + (1 / -dz));
        int survived = 0;
        for (int i = -3; i <= 3; i++) {
            try {
                survived += 100 / i;
            } catch (ArithmeticException e) {
                survived += 1000;
            }
        }
        System.out.println("loop survived, sum " + survived);
    }
}
