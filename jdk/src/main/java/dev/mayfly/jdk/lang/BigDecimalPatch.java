package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** java.math.BigDecimal's {@code sqrt} (JDK 9), which the compiler's class library lacks. */
@PatchFor("java.math.BigDecimal")
public final class BigDecimalPatch {
    private BigDecimalPatch() {
    }

    /**
     * {@link BigDecimal#sqrt(MathContext)}: the square root rounded by {@code mc}; an exact root is
     * given with the scale closest to the preferred {@code this.scale() / 2}. The integer root of the
     * digits scaled to at least {@code 2·precision + 2} digits, plus a sticky digit when inexact, is
     * rounded once.
     */
    @InstanceMethod
    public static BigDecimal sqrt(BigDecimal self, MathContext mc) {
        int signum = self.signum();
        if (signum < 0) {
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        }
        int preferredScale = self.scale() / 2;
        if (signum == 0) {
            return BigDecimal.valueOf(0L, preferredScale);
        }
        int precision = mc.getPrecision();
        int working = precision == 0 ? self.precision() / 2 + 1 : precision;
        // value = unscaled × 10^-scale; choose an even scale s >= scale with enough digits
        BigInteger unscaled = self.unscaledValue();
        int scale = self.scale();
        int digits = self.precision();
        int extra = Math.max(0, 2 * working + 2 - digits);
        int s = scale + extra;
        if ((s & 1) != 0) {
            s++;
            extra++;
        }
        BigInteger m = unscaled.multiply(BigInteger.TEN.pow(extra));
        BigInteger root = isqrt(m);
        boolean exact = root.multiply(root).equals(m);
        BigDecimal result;
        if (exact) {
            result = new BigDecimal(root, s / 2);
        } else {
            if (precision == 0 || mc.getRoundingMode() == RoundingMode.UNNECESSARY) {
                throw new ArithmeticException("Computed square root not exact.");
            }
            result = new BigDecimal(root.multiply(BigInteger.TEN).add(BigInteger.ONE), s / 2 + 1);
        }
        if (precision != 0) {
            result = result.round(mc);
        }
        // trailing zeros go down to the preferred scale (not below); an exact root may also be
        // widened to the preferred scale when the precision has room
        while (result.scale() > preferredScale && result.unscaledValue().mod(BigInteger.TEN).signum() == 0) {
            result = result.setScale(result.scale() - 1, RoundingMode.UNNECESSARY);
        }
        if (exact && result.scale() < preferredScale) {
            int room = precision == 0 ? Integer.MAX_VALUE : precision - result.precision();
            int up = Math.min(preferredScale - result.scale(), room);
            result = result.setScale(result.scale() + up);
        }
        return result;
    }

    /** floor(sqrt(n)) by Newton's iteration from above. */
    static BigInteger isqrt(BigInteger n) {
        if (n.signum() == 0) {
            return n;
        }
        BigInteger x = BigInteger.ONE.shiftLeft((n.bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }
}
