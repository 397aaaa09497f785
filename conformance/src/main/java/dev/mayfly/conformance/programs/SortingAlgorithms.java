package dev.mayfly.conformance.programs;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Exercises hand-written sorting algorithms (insertion, merge, quick, heap, counting, radix) on
 * generated data, checking each against Arrays.sort and counting comparisons deterministically.
 */
public class SortingAlgorithms {

    static long comparisons;

    static boolean less(int a, int b) {
        comparisons++;
        return a < b;
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && less(v, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !less(a[j], a[i]))) {
                tmp[k] = a[i++];
            } else {
                tmp[k] = a[j++];
            }
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void quick(int[] a, int lo, int hi) {
        while (lo < hi) {
            int pivot = a[lo + (hi - lo) / 2];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (less(a[i], pivot)) {
                    i++;
                }
                while (less(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (j - lo < hi - i) {
                quick(a, lo, j);
                lo = i;
            } else {
                quick(a, i, hi);
                hi = j;
            }
        }
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) {
            sift(a, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                return;
            }
            if (c + 1 < n && less(a[c], a[c + 1])) {
                c++;
            }
            if (!less(a[i], a[c])) {
                return;
            }
            int t = a[i];
            a[i] = a[c];
            a[c] = t;
            i = c;
        }
    }

    static void radix(int[] a) {
        int[] out = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int[] count = new int[257];
            for (int v : a) {
                count[((v ^ Integer.MIN_VALUE) >>> shift & 0xFF) + 1]++;
            }
            for (int i = 0; i < 256; i++) {
                count[i + 1] += count[i];
            }
            for (int v : a) {
                out[count[(v ^ Integer.MIN_VALUE) >>> shift & 0xFF]++] = v;
            }
            System.arraycopy(out, 0, a, 0, a.length);
        }
    }

    public static void main(String[] args) {
        int[] data = new int[3000];
        long s = 2463534242L;
        for (int i = 0; i < data.length; i++) {
            s ^= s << 13;
            s ^= s >>> 7;
            s ^= s << 17;
            data[i] = (int) s % 100_000;
        }
        int[] expected = data.clone();
        Arrays.sort(expected);
        String[] names = {"insertion", "merge", "quick", "heap", "radix"};
        for (String name : names) {
            int[] a = data.clone();
            comparisons = 0;
            switch (name) {
                case "insertion" -> insertion(a);
                case "merge" -> merge(a, new int[a.length], 0, a.length);
                case "quick" -> quick(a, 0, a.length - 1);
                case "heap" -> heap(a);
                default -> radix(a);
            }
            System.out.println(String.format("%-9s sorted=%b comparisons=%d", name, Arrays.equals(a, expected), comparisons));
        }
        int[] reversed = new int[500];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = reversed.length - i;
        }
        comparisons = 0;
        quick(reversed, 0, reversed.length - 1);
        System.out.println("quick on reversed input comparisons=" + comparisons + " first=" + reversed[0] + " last=" + reversed[499]);
        String[] words = "pear Apple fig banana apple Fig cherry date Banana".split(" ");
        String[] byLen = words.clone();
        Arrays.sort(byLen, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("by length " + String.join(",", byLen) + " min " + expected[0] + " max " + expected[expected.length - 1]);
    }
}
