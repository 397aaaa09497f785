package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Probes Runtime memory and processor reporting: freeMemory, totalMemory and maxMemory must be
 * consistent and non-negative before and after allocation and System.gc(), and
 * availableProcessors at least 1. Prints only relations, never the machine-dependent values.
 */
public class RuntimeMemoryInfo {

    static String check(Runtime rt) {
        long free = rt.freeMemory();
        long total = rt.totalMemory();
        long max = rt.maxMemory();
        return "free>=0 " + (free >= 0) + ", free<=total " + (free <= total) + ", total<=max " + (total <= max) + ", max>0 " + (max > 0);
    }

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("start: " + check(rt));
        List<byte[]> hold = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            hold.add(new byte[64 * 1024]);
        }
        System.out.println("holding 4 MB: " + check(rt) + ", held " + hold.size());
        hold.clear();
        System.gc();
        System.out.println("after gc: " + check(rt));
        System.out.println("processors>=1 " + (rt.availableProcessors() >= 1) + ", same runtime " + (rt == Runtime.getRuntime()));
    }
}
