package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Exercises an immutable value class (a rational number with long numerator/denominator):
 * normalisation by gcd, Comparable via cross-multiplication with Math.multiplyHigh-free overflow
 * checks, equals/hashCode consistency, continued fractions and the harmonic series.
 */
public class RationalArithmetic {

    static final class Rational implements Comparable<Rational> {
        static final Rational ZERO = new Rational(0, 1);
        final long num;
        final long den;

        Rational(long num, long den) {
            if (den == 0) {
                throw new ArithmeticException("zero denominator");
            }
            if (den < 0) {
                num = -num;
                den = -den;
            }
            long g = gcd(Math.abs(num), den);
            this.num = num / g;
            this.den = den / g;
        }

        static long gcd(long a, long b) {
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            return a == 0 ? 1 : a;
        }

        Rational plus(Rational o) {
            long g = gcd(den, o.den);
            return new Rational(Math.addExact(Math.multiplyExact(num, o.den / g), Math.multiplyExact(o.num, den / g)), Math.multiplyExact(den, o.den / g));
        }

        Rational times(Rational o) {
            return new Rational(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
        }

        Rational inverse() {
            return new Rational(den, num);
        }

        @Override
        public int compareTo(Rational o) {
            return Long.compare(num * o.den, o.num * den);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rational r && r.num == num && r.den == den;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(num) * 31 + Long.hashCode(den);
        }

        @Override
        public String toString() {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
    }

    static List<Long> continuedFraction(Rational r) {
        List<Long> terms = new ArrayList<>();
        long n = r.num;
        long d = r.den;
        while (d != 0) {
            long q = Math.floorDiv(n, d);
            terms.add(q);
            long t = n - q * d;
            n = d;
            d = t;
        }
        return terms;
    }

    public static void main(String[] args) {
        Rational h = Rational.ZERO;
        for (int i = 1; i <= 30; i++) {
            h = h.plus(new Rational(1, i));
            if (i % 5 == 0) {
                System.out.println("H(" + i + ") = " + h + " ~ " + (double) h.num / h.den);
            }
        }
        try {
            for (int i = 31; i <= 60; i++) {
                h = h.plus(new Rational(1, i));
            }
            System.out.println("H(60) fits in longs");
        } catch (ArithmeticException e) {
            System.out.println("harmonic series overflowed: " + e.getMessage());
        }
        Rational x = new Rational(355, 113);
        System.out.println("355/113 cf " + continuedFraction(x) + " 415/93 cf " + continuedFraction(new Rational(415, 93)) + " negative "
                + new Rational(-7, 3) + " cf " + continuedFraction(new Rational(-7, 3)));
        List<Rational> rs = new ArrayList<>(List.of(new Rational(1, 3), new Rational(-2, 4), new Rational(2, 6), new Rational(5, -10),
                new Rational(7, 1), new Rational(0, 5), new Rational(22, 7)));
        Collections.sort(rs);
        System.out.println("sorted " + rs + " distinct " + new java.util.TreeSet<>(rs) + " hashes equal " + (new Rational(1, 3).hashCode() == new Rational(2, 6).hashCode()));
        Rational golden = new Rational(1, 1);
        for (int i = 0; i < 40; i++) {
            golden = new Rational(1, 1).plus(golden.inverse());
        }
        System.out.println("golden " + golden + " = " + (double) golden.num / golden.den + " product " + new Rational(2, 3).times(new Rational(9, 4)));
        try {
            new Rational(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
