package dev.mayfly.conformance.programs;

import java.util.BitSet;

/**
 * Exercises java.util.BitSet with a sieve of Eratosthenes, twin primes, nextSetBit/nextClearBit
 * iteration, cardinality, logical and/or/xor/andNot, and toString/toLongArray.
 */
public class BitSetSieve {

    public static void main(String[] args) {
        int n = 200_000;
        BitSet composite = new BitSet(n + 1);
        composite.set(0);
        composite.set(1);
        for (int p = 2; (long) p * p <= n; p = composite.nextClearBit(p + 1)) {
            for (int m = p * p; m <= n; m += p) {
                composite.set(m);
            }
        }
        BitSet primes = (BitSet) composite.clone();
        primes.flip(0, n + 1);
        System.out.println("primes below " + n + ": " + primes.cardinality());
        StringBuilder first = new StringBuilder();
        for (int p = primes.nextSetBit(0), k = 0; p >= 0 && k < 20; p = primes.nextSetBit(p + 1), k++) {
            first.append(p).append(' ');
        }
        System.out.println("first 20: " + first.toString().trim());
        System.out.println("largest: " + primes.previousSetBit(n) + " length " + primes.length());
        BitSet twins = primes.get(2, n + 1);
        BitSet shifted = primes.get(0, n - 1);
        twins.and(shifted);
        System.out.println("twin prime pairs: " + twins.cardinality());
        BitSet small = new BitSet();
        small.set(1);
        small.set(3, 6);
        small.set(64);
        BitSet other = new BitSet();
        other.set(4, 10);
        BitSet and = (BitSet) small.clone();
        and.and(other);
        BitSet or = (BitSet) small.clone();
        or.or(other);
        BitSet xor = (BitSet) small.clone();
        xor.xor(other);
        BitSet andNot = (BitSet) small.clone();
        andNot.andNot(other);
        System.out.println("small " + small + " other " + other + " and " + and + " or " + or + " xor " + xor + " andNot " + andNot);
        System.out.println("intersects " + small.intersects(other) + " longs " + java.util.Arrays.toString(small.toLongArray()) + " size>=length "
                + (small.size() >= small.length()) + " isEmpty " + new BitSet().isEmpty() + " equals " + small.equals(BitSet.valueOf(small.toLongArray()))
                + " hash " + small.hashCode());
    }
}
