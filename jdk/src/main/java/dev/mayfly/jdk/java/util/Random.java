package dev.mayfly.jdk.java.util;

import dev.mayfly.jdk.lang.StrictMathPatch;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * java.util.Random on Mayfly (compiled as {@code java.util.Random}): the JDK's 48-bit linear
 * congruential generator as its javadoc specifies it (multiplier 0x5DEECE66D, addend 0xB, seed
 * scrambled with the multiplier), with the JDK's derivations — {@code nextInt(bound)}'s rejection
 * loop, {@code nextLong}, {@code nextDouble} from 53 bits, {@code nextGaussian} by the polar method
 * with StrictMath — and bounded streams drawn as {@link RandomGenerator}'s bounded methods draw,
 * so the same seed gives the same sequence as on HotSpot. Mayfly runs one thread at a time, so
 * the seed needs no atomic update.
 */
public class Random implements RandomGenerator, java.io.Serializable {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    public Random() {
        this(nextUniquifier() ^ System.nanoTime());
    }

    private static long nextUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ MULTIPLIER) & MASK;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; ) {
            for (int rnd = nextInt(), n = Math.min(len - i, Integer.SIZE / Byte.SIZE); n-- > 0; rnd >>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    @Override
    public int nextInt() {
        return next(32);
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
                // reject the over-represented top of the range
            }
        }
        return r;
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return RandomBounds.nextInt(this, origin, bound);
    }

    @Override
    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return RandomBounds.nextLong(this, bound);
    }

    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return RandomBounds.nextLong(this, origin, bound);
    }

    @Override
    public boolean nextBoolean() {
        return next(1) != 0;
    }

    @Override
    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    @Override
    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    @Override
    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        return RandomBounds.nextDouble(this, bound);
    }

    @Override
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return RandomBounds.nextDouble(this, origin, bound);
    }

    @Override
    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMathPatch.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    // ------------------------------------------------------------------ streams

    private static void checkSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
    }

    private static void checkRange(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }

    @Override
    public IntStream ints(long streamSize) {
        checkSize(streamSize);
        return IntStream.generate(this::nextInt).limit(streamSize);
    }

    @Override
    public IntStream ints() {
        return IntStream.generate(this::nextInt);
    }

    @Override
    public IntStream ints(long streamSize, int origin, int bound) {
        checkSize(streamSize);
        checkRange(origin < bound);
        return IntStream.generate(boundedInts(origin, bound)).limit(streamSize);
    }

    @Override
    public IntStream ints(int origin, int bound) {
        checkRange(origin < bound);
        return IntStream.generate(boundedInts(origin, bound));
    }

    private IntSupplier boundedInts(int origin, int bound) {
        return () -> RandomBounds.nextInt(this, origin, bound);
    }

    @Override
    public LongStream longs(long streamSize) {
        checkSize(streamSize);
        return LongStream.generate(this::nextLong).limit(streamSize);
    }

    @Override
    public LongStream longs() {
        return LongStream.generate(this::nextLong);
    }

    @Override
    public LongStream longs(long streamSize, long origin, long bound) {
        checkSize(streamSize);
        checkRange(origin < bound);
        return LongStream.generate(boundedLongs(origin, bound)).limit(streamSize);
    }

    @Override
    public LongStream longs(long origin, long bound) {
        checkRange(origin < bound);
        return LongStream.generate(boundedLongs(origin, bound));
    }

    private LongSupplier boundedLongs(long origin, long bound) {
        return () -> RandomBounds.nextLong(this, origin, bound);
    }

    @Override
    public DoubleStream doubles(long streamSize) {
        checkSize(streamSize);
        return DoubleStream.generate(this::nextDouble).limit(streamSize);
    }

    @Override
    public DoubleStream doubles() {
        return DoubleStream.generate(this::nextDouble);
    }

    @Override
    public DoubleStream doubles(long streamSize, double origin, double bound) {
        checkSize(streamSize);
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return DoubleStream.generate(boundedDoubles(origin, bound)).limit(streamSize);
    }

    @Override
    public DoubleStream doubles(double origin, double bound) {
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return DoubleStream.generate(boundedDoubles(origin, bound));
    }

    private DoubleSupplier boundedDoubles(double origin, double bound) {
        return () -> RandomBounds.nextDouble(this, origin, bound);
    }
}
