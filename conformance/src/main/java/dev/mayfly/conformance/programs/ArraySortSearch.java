package dev.mayfly.conformance.programs;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Exercises java.util.Arrays: sort for every primitive type (including NaN and -0.0 ordering),
 * stable object sorts with comparators, ranges, binarySearch hits and insertion points, fill,
 * copyOf/copyOfRange, equals/mismatch, setAll and prefix sums.
 */
public class ArraySortSearch {

    record Runner(String name, int minutes) {
    }

    public static void main(String[] args) {
        int[] ints = {42, -7, 0, 13, 42, Integer.MIN_VALUE, 99, 5, Integer.MAX_VALUE, -7};
        Arrays.sort(ints);
        System.out.println("ints " + Arrays.toString(ints));
        for (int key : new int[] {13, 42, 6, -100, 1000, Integer.MIN_VALUE}) {
            System.out.print("bs(" + key + ")=" + (key == 42 ? "found:" + (Arrays.binarySearch(ints, key) >= 0) : Arrays.binarySearch(ints, key)) + " ");
        }
        System.out.println();
        double[] ds = {3.5, -0.0, Double.NaN, 0.0, -1e300, Double.NEGATIVE_INFINITY, 1e-300, Double.NaN, 0.0};
        Arrays.sort(ds);
        System.out.println("doubles " + Arrays.toString(ds) + " bs(0.0)=" + Arrays.binarySearch(ds, 0.0) + " bs(NaN)="
                + (Arrays.binarySearch(ds, Double.NaN) >= 7));
        float[] fs = {1.5f, -0.0f, 0.0f, Float.NaN, -2f};
        Arrays.sort(fs);
        long[] ls = {5L, -5L, Long.MAX_VALUE, 0L};
        Arrays.sort(ls);
        char[] cs = "mayfly unikernel".toCharArray();
        Arrays.sort(cs);
        short[] ss = {300, -300, 7};
        Arrays.sort(ss);
        byte[] bs = {(byte) 200, 5, -1, 127};
        Arrays.sort(bs);
        System.out.println("floats " + Arrays.toString(fs) + " longs " + Arrays.toString(ls) + " chars [" + new String(cs) + "] shorts "
                + Arrays.toString(ss) + " bytes " + Arrays.toString(bs));
        int[] partial = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(partial, 2, 6);
        System.out.println("range sort " + Arrays.toString(partial) + " bs range " + Arrays.binarySearch(partial, 2, 6, 6));
        Runner[] runners = {new Runner("Kip", 130), new Runner("Abe", 125), new Runner("Zoe", 130), new Runner("Eli", 125), new Runner("Ann", 140)};
        Arrays.sort(runners, Comparator.comparingInt(Runner::minutes));
        System.out.println("stable by time " + Arrays.toString(runners));
        Arrays.sort(runners, Comparator.comparing(Runner::name).reversed());
        System.out.println("by name desc " + Arrays.toString(runners));
        String[] names = {"delta", "Alpha", "charlie", "Bravo"};
        Arrays.sort(names, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive " + Arrays.toString(names) + " bs " + Arrays.binarySearch(names, "CHARLIE", String.CASE_INSENSITIVE_ORDER));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Comparator.reverseOrder());
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("boxed desc " + Arrays.toString(boxed) + " filled " + Arrays.toString(filled) + " copyOf " + Arrays.toString(Arrays.copyOf(filled, 8))
                + " copyOfRange " + Arrays.toString(Arrays.copyOfRange(filled, 4, 9)) + " truncated " + Arrays.toString(Arrays.copyOf(names, 2)));
        int[] a = {1, 2, 3, 4};
        int[] b = {1, 2, 9, 4};
        System.out.println("equals " + Arrays.equals(a, b) + " mismatch " + Arrays.mismatch(a, b) + " "
                + Arrays.mismatch(a, a.clone()) + " clone equal " + Arrays.equals(a, a.clone()) + " same " + (a == a.clone()));
        long[] squares = new long[10];
        Arrays.setAll(squares, i -> (long) i * i);
        long[] prefix = squares.clone();
        for (int i = 1; i < prefix.length; i++) {
            prefix[i] += prefix[i - 1];
        }
        System.out.println("setAll " + Arrays.toString(squares) + " prefix " + Arrays.toString(prefix) + " stream sum " + Arrays.stream(squares).sum());
        int[] big = new int[20_000];
        long seed = 99;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 25214903917L + 11 & ((1L << 48) - 1);
            big[i] = (int) (seed >>> 17) - (1 << 30);
        }
        int[] copy = big.clone();
        Arrays.sort(big);
        boolean ordered = true;
        for (int i = 1; i < big.length; i++) {
            ordered &= big[i - 1] <= big[i];
        }
        System.out.println("big sorted " + ordered + " min " + big[0] + " max " + big[big.length - 1] + " median " + big[big.length / 2]
                + " hash " + Arrays.hashCode(big) + " unsorted hash " + Arrays.hashCode(copy));
        System.out.println("asList " + Arrays.asList(1, 2, 3) + " toString null " + Arrays.toString((int[]) null) + " empty " + Arrays.toString(new int[0]));
    }
}
