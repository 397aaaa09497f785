package dev.mayfly.jdk.lang;

/**
 * Payne and Hanek's argument reduction: a positive finite x as q·π/2 + r with |r| ≤ π/4, from
 * x·(2/π) computed exactly enough in integers. x = M·2^E (M of 53 bits) times the window of
 * 320 bits of 2/π that starts two bits above the binary point of the product (the bits before it
 * only add multiples of 4 to q) gives the last two bits of q and 192 bits of the fraction, whose
 * error is below 2^-230: as |r|/(π/2) is never below about 2^-62 for a double x, r keeps at
 * least 120 correct bits.
 */
final class PiOver2Reduction {
    private static final long MASK = 0xFFFFFFFFL;
    private static final int WINDOW = 10;

    private final int quadrant;
    private final DoubleDouble remainder;

    private PiOver2Reduction(int quadrant, DoubleDouble remainder) {
        this.quadrant = quadrant;
        this.remainder = remainder;
    }

    /** q mod 4. */
    int quadrant() {
        return quadrant;
    }

    /** r = x - q·π/2. */
    DoubleDouble remainder() {
        return remainder;
    }

    /** The reduction of a positive normal finite x. */
    static PiOver2Reduction of(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long significand = (bits & 0x000FFFFFFFFFFFFFL) | (1L << 52);
        int e = (int) (bits >>> 52) - 1075;
        // chunk c of 2/π weighs 2^(e - 32(c+1)) in x·2/π; from c0 on it is below 4
        int c0 = Math.max(0, Math.floorDiv(e - 2, 32));
        // the window as a little-endian number: limb i is chunk c0 + WINDOW - 1 - i
        int[] chunks = MathConstants.TWO_OVER_PI;
        int top = c0 + WINDOW - 1;
        long m0 = significand & MASK;
        long m1 = significand >>> 32;
        long[] p = new long[WINDOW + 2];
        long carry = 0;
        for (int i = 0; i < WINDOW; i++) {
            long t = m0 * (chunks[top - i] & MASK) + carry; // below 2^64 as an unsigned number
            p[i] = t & MASK;
            carry = t >>> 32;
        }
        p[WINDOW] = carry;
        carry = 0;
        for (int i = 0; i < WINDOW; i++) {
            long t = m1 * (chunks[top - i] & MASK) + p[i + 1] + carry;
            p[i + 1] = t & MASK;
            carry = t >>> 32;
        }
        p[WINDOW + 1] = carry;
        // the product is x·2/π (mod 4) times 2^point
        int point = 32 * (c0 + WINDOW) - e;
        int quadrant = (int) (bitsAt(p, point) & 3);
        long[] fraction = new long[6];
        for (int k = 0; k < 6; k++) {
            fraction[k] = bitsAt(p, point - 32 * (k + 1));
        }
        boolean negative = (fraction[0] & 0x80000000L) != 0;
        if (negative) {
            // the fraction is at least 1/2: take 1 - fraction (to 2^-192) and the next quadrant
            quadrant = (quadrant + 1) & 3;
            for (int k = 0; k < 6; k++) {
                fraction[k] = ~fraction[k] & MASK;
            }
        }
        DoubleDouble f = new DoubleDouble(fraction[5] * 0x1p-192, 0);
        double weight = 0x1p-160;
        for (int k = 4; k >= 0; k--) {
            f = f.add(fraction[k] * weight);
            weight *= 0x1p32;
        }
        DoubleDouble r = f.multiply(new DoubleDouble(MathConstants.PI_OVER_2_HI, MathConstants.PI_OVER_2_LO));
        return new PiOver2Reduction(quadrant, negative ? r.negate() : r);
    }

    /** Bits pos .. pos+31 of the little-endian 32-bit limbs p (zero outside). */
    private static long bitsAt(long[] p, int pos) {
        if (pos < 0) {
            return -pos >= 32 ? 0 : (p[0] << -pos) & MASK;
        }
        int limb = pos >> 5;
        int offset = pos & 31;
        long low = limb < p.length ? p[limb] : 0;
        long high = limb + 1 < p.length ? p[limb + 1] : 0;
        return ((low >>> offset) | (high << (32 - offset))) & MASK;
    }
}
