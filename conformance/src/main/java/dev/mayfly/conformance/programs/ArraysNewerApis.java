package dev.mayfly.conformance.programs;

import java.util.Arrays;

/**
 * Probes java.util.Arrays methods of JDK 8-9 that a class library may lack: compare (lexicographic,
 * for several element types), parallelPrefix, parallelSort and parallelSetAll, computing running
 * balances of an account ledger.
 */
public class ArraysNewerApis {

    public static void main(String[] args) {
        long[] deposits = {100, -30, 250, -75, 10, -5};
        long[] balance = deposits.clone();
        Arrays.parallelPrefix(balance, Long::sum);
        System.out.println("running balance " + Arrays.toString(balance));
        int[] a = {1, 2, 3, 4};
        int[] b = {1, 2, 9, 4};
        System.out.println("compare " + Arrays.compare(a, b) + " " + Arrays.compare(b, a) + " " + Arrays.compare(a, a.clone()) + " "
                + Arrays.compare(new int[] {1, 2}, a) + " strings " + Integer.signum(Arrays.compare(new String[] {"a", "b"}, new String[] {"a", "c"}))
                + " bytes " + Arrays.compare(new byte[] {-1}, new byte[] {1}) + " unsigned " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1}));
        double[] samples = new double[12];
        Arrays.parallelSetAll(samples, i -> Math.floor(Math.sin(i) * 100) / 100);
        double[] sorted = samples.clone();
        Arrays.parallelSort(sorted);
        System.out.println("samples " + Arrays.toString(samples));
        System.out.println("sorted " + Arrays.toString(sorted));
    }
}
