package dev.mayfly.net.phy;

/**
 * A small deterministic pseudo-random generator (SplitMix64), identical on every runtime, for
 * simulations that must replay exactly from a seed.
 */
public final class SeededRandom {
    private long state;

    /** Creates a generator whose sequence is fixed by {@code seed}. */
    public SeededRandom(long seed) {
        state = seed;
    }

    /** Returns the next 64 pseudo-random bits. */
    public long nextLong() {
        long z = (state += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Returns a value in [0, bound) for a positive bound. */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Returns true with probability {@code percent}/100. */
    public boolean chance(double percent) {
        return percent > 0 && (nextLong() >>> 11) * 0x1.0p-53 * 100.0 < percent;
    }
}
