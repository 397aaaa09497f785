package dev.mayfly.jdk.java.util;

import java.util.random.RandomGenerator;

/**
 * The bounded draws that the JDK's generators share (java.util.random.RandomGenerator's
 * specification): a power-of-two range masks, another range rejects the over-represented values
 * of {@code r >>> 1} modulo the range, a range too wide for the type draws until a value falls in.
 */
final class RandomBounds {
    private RandomBounds() {
    }

    static int nextInt(RandomGenerator rng, int origin, int bound) {
        int r = rng.nextInt();
        if (origin < bound) {
            int n = bound - origin;
            int m = n - 1;
            if ((n & m) == 0) {
                r = (r & m) + origin;
            } else if (n > 0) {
                for (int u = r >>> 1; u + m - (r = u % n) < 0; u = rng.nextInt() >>> 1) {
                    // reject
                }
                r += origin;
            } else {
                while (r < origin || r >= bound) {
                    r = rng.nextInt();
                }
            }
        }
        return r;
    }

    static int nextInt(RandomGenerator rng, int bound) {
        int r = rng.nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            r &= m;
        } else {
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = rng.nextInt() >>> 1) {
                // reject
            }
        }
        return r;
    }

    static long nextLong(RandomGenerator rng, long origin, long bound) {
        long r = rng.nextLong();
        if (origin < bound) {
            long n = bound - origin;
            long m = n - 1;
            if ((n & m) == 0L) {
                r = (r & m) + origin;
            } else if (n > 0L) {
                for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = rng.nextLong() >>> 1) {
                    // reject
                }
                r += origin;
            } else {
                while (r < origin || r >= bound) {
                    r = rng.nextLong();
                }
            }
        }
        return r;
    }

    static long nextLong(RandomGenerator rng, long bound) {
        long r = rng.nextLong();
        long m = bound - 1;
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = rng.nextLong() >>> 1) {
                // reject
            }
        }
        return r;
    }

    static double nextDouble(RandomGenerator rng, double origin, double bound) {
        double r = rng.nextDouble();
        if (origin < bound) {
            if (bound - origin < Double.POSITIVE_INFINITY) {
                r = r * (bound - origin) + origin;
            } else {
                double halfOrigin = 0.5 * origin;
                r = (r * (0.5 * bound - halfOrigin) + halfOrigin) * 2.0;
            }
            if (r >= bound) {
                r = Math.nextDown(bound);
            }
        }
        return r;
    }

    static double nextDouble(RandomGenerator rng, double bound) {
        double r = rng.nextDouble();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }
}
