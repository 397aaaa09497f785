package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clones primitive arrays of every element type next to long-lived data, the way a snapshotting
 * cache does, and checks that neither the copies nor the data around them change: a clone that
 * copies too much overwrites whatever follows the copy in the heap.
 */
public class ArrayCloneIntegrity {

    record Snapshot(String label, int[] counts, long[] totals) {
    }

    public static void main(String[] args) {
        List<Snapshot> kept = new ArrayList<>();
        long seed = 12345;
        int[] counts = new int[257];
        long[] totals = new long[129];
        byte[] bytes = new byte[1000];
        char[] chars = new char[333];
        short[] shorts = new short[77];
        double[] doubles = new double[50];
        boolean[] flags = new boolean[9];
        long mismatches = 0;
        for (int round = 0; round < 4000; round++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            counts[(int) ((seed >>> 33) % counts.length)]++;
            totals[(int) ((seed >>> 40) % totals.length)] += seed >>> 50;
            bytes[round % bytes.length] = (byte) seed;
            chars[round % chars.length] = (char) (seed >>> 20);
            shorts[round % shorts.length] = (short) (seed >>> 30);
            doubles[round % doubles.length] = (seed >>> 11) * 0x1.0p-53;
            flags[round % flags.length] = (seed & 1) == 0;
            byte[] b = bytes.clone();
            char[] c = chars.clone();
            short[] s = shorts.clone();
            double[] d = doubles.clone();
            boolean[] f = flags.clone();
            int[] big = new int[20_000 + round % 7];
            big[round % big.length] = round;
            int[] bigCopy = big.clone();
            if (!Arrays.equals(b, bytes) || !Arrays.equals(c, chars) || !Arrays.equals(s, shorts)
                    || !Arrays.equals(d, doubles) || !Arrays.equals(f, flags) || !Arrays.equals(big, bigCopy)) {
                mismatches++;
            }
            if (round % 50 == 0) {
                kept.add(new Snapshot("round-" + round, counts.clone(), totals.clone()));
            }
        }
        long checksum = 0;
        for (Snapshot snap : kept) {
            checksum = checksum * 31 + Arrays.hashCode(snap.counts()) + Arrays.hashCode(snap.totals()) + snap.label().hashCode();
        }
        System.out.println("snapshots " + kept.size() + " mismatches " + mismatches + " checksum " + checksum);
        System.out.println("first " + kept.get(0).label() + " " + Arrays.stream(kept.get(0).counts()).sum()
                + " last " + kept.get(kept.size() - 1).label() + " " + Arrays.stream(kept.get(kept.size() - 1).counts()).sum());
    }
}
