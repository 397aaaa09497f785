package dev.mayfly.jdk.java.util;

import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * java.util.SplittableRandom on Mayfly (compiled as {@code java.util.SplittableRandom}): the
 * SplitMix generator its javadoc describes — a 64-bit seed advanced by an odd gamma (the golden
 * ratio's 0x9e3779b97f4a7c15 for a seeded instance), outputs through the MurmurHash3-style 64-bit
 * and 32-bit finalizers, {@code split()} deriving the child's seed and gamma from the parent's next
 * values — so the same seed gives the same sequences as on HotSpot.
 */
public final class SplittableRandom implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static long defaultGen = mix64(System.currentTimeMillis()) ^ mix64(System.nanoTime());

    private long seed;
    private final long gamma;

    private SplittableRandom(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    public SplittableRandom(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    public SplittableRandom() {
        this(nextDefault(), 0);
    }

    private SplittableRandom(long s, int unused) {
        this(mix64(s), mixGamma(s + GOLDEN_GAMMA));
    }

    private static long nextDefault() {
        long s = defaultGen;
        defaultGen = s + 2 * GOLDEN_GAMMA;
        return s;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }

    private long nextSeed() {
        return seed += gamma;
    }

    public SplittableRandom split() {
        return new SplittableRandom(nextLong(), mixGamma(nextSeed()));
    }

    @Override
    public int nextInt() {
        return mix32(nextSeed());
    }

    @Override
    public long nextLong() {
        return mix64(nextSeed());
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        for (int words = len >> 3; words-- > 0; ) {
            long rnd = nextLong();
            for (int n = 8; n-- > 0; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
        if (i < len) {
            for (long rnd = nextLong(); i < len; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    @Override
    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return RandomBounds.nextInt(this, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return RandomBounds.nextInt(this, origin, bound);
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

    private static void checkSize(long n) {
        if (n < 0L) {
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
        return IntStream.generate(() -> RandomBounds.nextInt(this, origin, bound)).limit(streamSize);
    }

    @Override
    public IntStream ints(int origin, int bound) {
        checkRange(origin < bound);
        return IntStream.generate(() -> RandomBounds.nextInt(this, origin, bound));
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
        return LongStream.generate(() -> RandomBounds.nextLong(this, origin, bound)).limit(streamSize);
    }

    @Override
    public LongStream longs(long origin, long bound) {
        checkRange(origin < bound);
        return LongStream.generate(() -> RandomBounds.nextLong(this, origin, bound));
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
        return DoubleStream.generate(() -> RandomBounds.nextDouble(this, origin, bound)).limit(streamSize);
    }

    @Override
    public DoubleStream doubles(double origin, double bound) {
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return DoubleStream.generate(() -> RandomBounds.nextDouble(this, origin, bound));
    }
}
