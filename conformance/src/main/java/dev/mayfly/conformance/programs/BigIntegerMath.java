package dev.mayfly.conformance.programs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exercises BigInteger: factorials, Fibonacci numbers, modular exponentiation (RSA toy), gcd,
 * signed division/remainder/mod, bit operations, radix conversion, sqrt, primality tests and
 * conversions to primitive types.
 */
public class BigIntegerMath {

    static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    public static void main(String[] args) {
        BigInteger f100 = factorial(100);
        System.out.println("100! = " + f100);
        System.out.println("digits " + f100.toString().length() + " bitLength " + f100.bitLength() + " bitCount " + f100.bitCount()
                + " lowestSetBit " + f100.getLowestSetBit());
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        System.out.println("fib(300) = " + a);
        BigInteger p = new BigInteger("61");
        BigInteger q = new BigInteger("53");
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(17);
        BigInteger d = e.modInverse(phi);
        BigInteger msg = BigInteger.valueOf(65);
        BigInteger cipher = msg.modPow(e, n);
        System.out.println("rsa n=" + n + " d=" + d + " cipher=" + cipher + " plain=" + cipher.modPow(d, n));
        BigInteger big = new BigInteger("123456789012345678901234567890");
        BigInteger neg = big.negate();
        BigInteger div = new BigInteger("987654321");
        System.out.println("divide " + big.divide(div) + " rem " + big.remainder(div) + " neg divide " + neg.divide(div) + " neg rem "
                + neg.remainder(div) + " mod " + neg.mod(div) + " divRem " + List.of(neg.divideAndRemainder(div)));
        System.out.println("gcd " + f100.gcd(new BigInteger("2").pow(200).multiply(BigInteger.valueOf(3 * 3 * 7))) + " pow " + BigInteger.TEN.pow(30)
                + " sqrt " + big.sqrt() + " abs " + neg.abs() + " signum " + neg.signum() + " compare " + big.compareTo(neg));
        System.out.println("bits " + big.shiftLeft(10) + " " + big.shiftRight(70) + " " + neg.shiftRight(3) + " " + big.and(BigInteger.valueOf(0xFFFF))
                + " " + neg.or(BigInteger.valueOf(255)) + " " + big.xor(neg) + " " + BigInteger.ONE.shiftLeft(100).testBit(100) + " "
                + neg.not() + " " + big.setBit(0) + " " + big.clearBit(1) + " " + big.flipBit(200).bitLength());
        System.out.println("radix " + big.toString(16) + " " + neg.toString(2).length() + " " + big.toString(36) + " "
                + new BigInteger("-zz_top".replace("_", ""), 36) + " " + new BigInteger("ff", 16));
        List<BigInteger> primes = new ArrayList<>();
        BigInteger c = new BigInteger("1000000000000");
        while (primes.size() < 5) {
            c = c.nextProbablePrime();
            primes.add(c);
        }
        System.out.println("primes " + primes + " 2^61-1 prime " + BigInteger.TWO.pow(61).subtract(BigInteger.ONE).isProbablePrime(50)
                + " 2^67-1 prime " + BigInteger.TWO.pow(67).subtract(BigInteger.ONE).isProbablePrime(50));
        System.out.println("conversions " + big.longValue() + " " + big.intValue() + " " + big.doubleValue() + " " + big.floatValue() + " "
                + BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE) + " " + Long.MAX_VALUE + " "
                + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValue());
        try {
            big.longValueExact();
        } catch (ArithmeticException ex) {
            System.out.println("longValueExact: " + ex.getMessage());
        }
        try {
            BigInteger.ONE.divide(BigInteger.ZERO);
        } catch (ArithmeticException ex) {
            System.out.println("divide by zero: " + ex.getMessage());
        }
        byte[] bytes = big.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte x : bytes) {
            hex.append(String.format("%02x", x));
        }
        System.out.println("bytes " + bytes.length + " " + hex + " back " + new BigInteger(bytes).equals(big) + " neg bytes "
                + neg.toByteArray().length + " hash " + big.hashCode() + " " + neg.hashCode());
    }
}
