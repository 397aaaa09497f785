import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints the constant tables of dev.mayfly.jdk.lang.MathConstants, computed here with BigDecimal
 * to 400 digits: each value v as the double-double (nearest double hi, nearest double of v - hi),
 * and the bits of 2/π in 32-bit chunks. jdk's MathConstantsTest recomputes and checks them.
 * Run: java tools/math-survey/MathTables.java
 */
public final class MathTables {
    static final MathContext MC = new MathContext(500);

    /** atan(1/n) by its Taylor series. */
    static BigDecimal atanInverse(int n) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(510);
        for (int k = 1; ; k++) {
            term = term.multiply(x2, MC).negate();
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), MC);
            if (t.abs().compareTo(eps) < 0) {
                return sum;
            }
            sum = sum.add(t, MC);
        }
    }

    /** π by Machin's formula. */
    static BigDecimal pi() {
        return atanInverse(5).multiply(BigDecimal.valueOf(16)).subtract(atanInverse(239).multiply(BigDecimal.valueOf(4)), MC);
    }

    /** log(a) for a in (0, 4) as 2 atanh((a - 1) / (a + 1)). */
    static BigDecimal log(BigDecimal a) {
        BigDecimal z = a.subtract(BigDecimal.ONE).divide(a.add(BigDecimal.ONE), MC);
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(510);
        for (int k = 1; term.signum() != 0; k++) {
            term = term.multiply(z2, MC);
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), MC);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
            sum = sum.add(t, MC);
        }
        return sum.multiply(BigDecimal.TWO);
    }

    /** exp(a) for |a| < 1 by its Taylor series. */
    static BigDecimal exp(BigDecimal a) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(510);
        for (int k = 1; term.abs().compareTo(eps) >= 0; k++) {
            term = term.multiply(a, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** sin(a) (cos = false) or cos(a) for |a| < 1 by their Taylor series. */
    static BigDecimal sinOrCos(BigDecimal a, boolean cos) {
        BigDecimal a2 = a.multiply(a, MC);
        BigDecimal term = cos ? BigDecimal.ONE : a;
        BigDecimal sum = term;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(510);
        for (int k = 1; term.abs().compareTo(eps) >= 0; k++) {
            long n = cos ? 2L * k : 2L * k + 1;
            term = term.multiply(a2, MC).divide(BigDecimal.valueOf(n * (n - 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    static String dd(BigDecimal v) {
        double hi = v.doubleValue();
        double lo = v.subtract(new BigDecimal(hi)).doubleValue();
        return Double.toHexString(hi) + ", " + Double.toHexString(lo);
    }

    /** v rounded toward zero to the given number of significant bits. */
    static double truncated(BigDecimal v, int bits) {
        double d = v.doubleValue();
        long raw = Double.doubleToRawLongBits(d);
        double t = Double.longBitsToDouble(raw & -(1L << (53 - bits)));
        while (new BigDecimal(t).abs().compareTo(v.abs()) > 0) {
            t = Math.nextDown(t);
            t = Double.longBitsToDouble(Double.doubleToRawLongBits(t) & -(1L << (53 - bits)));
        }
        return t;
    }

    public static void main(String[] args) {
        BigDecimal pi = pi();
        BigDecimal ln2 = log(BigDecimal.TWO);
        BigDecimal ln10 = ln2.multiply(BigDecimal.valueOf(3)).add(log(new BigDecimal("1.25")), MC);
        System.out.println("PI_OVER_2 = " + dd(pi.divide(BigDecimal.TWO, MC)));
        System.out.println("LN2 = " + dd(ln2));
        System.out.println("INV_LN10 = " + dd(BigDecimal.ONE.divide(ln10, MC)));
        BigDecimal ln2By64 = ln2.divide(BigDecimal.valueOf(64), MC);
        double l1 = truncated(ln2By64, 36);
        BigDecimal rest = ln2By64.subtract(new BigDecimal(l1));
        double l2 = truncated(rest, 36);
        rest = rest.subtract(new BigDecimal(l2));
        System.out.println("LN2_BY_64 = " + Double.toHexString(l1) + ", " + Double.toHexString(l2) + ", " + Double.toHexString(rest.doubleValue()));
        BigDecimal halfPi = pi.divide(BigDecimal.TWO, MC);
        double p1 = truncated(halfPi, 33);
        BigDecimal restPi = halfPi.subtract(new BigDecimal(p1));
        double p2 = truncated(restPi, 33);
        restPi = restPi.subtract(new BigDecimal(p2));
        System.out.println("PI_OVER_2_BY_33_BITS = " + Double.toHexString(p1) + ", " + Double.toHexString(p2) + ", " + Double.toHexString(restPi.doubleValue()));
        StringBuilder sin = new StringBuilder("SIN_J_BY_64 =");
        StringBuilder cos = new StringBuilder("COS_J_BY_64 =");
        for (int j = 0; j <= 51; j++) {
            BigDecimal a = BigDecimal.valueOf(j).divide(BigDecimal.valueOf(64));
            sin.append("\n    ").append(dd(sinOrCos(a, false))).append(',');
            cos.append("\n    ").append(dd(sinOrCos(a, true))).append(',');
        }
        System.out.println(sin);
        System.out.println(cos);
        StringBuilder exp2 = new StringBuilder("EXP2_J_BY_64 =");
        for (int j = 0; j < 64; j++) {
            exp2.append("\n    ").append(dd(exp(ln2.multiply(BigDecimal.valueOf(j)).divide(BigDecimal.valueOf(64), MC)))).append(',');
        }
        System.out.println(exp2);
        StringBuilder logs = new StringBuilder("LOG_J_BY_64 (j = 48..96) =");
        for (int j = 48; j <= 96; j++) {
            logs.append("\n    ").append(dd(log(BigDecimal.valueOf(j).divide(BigDecimal.valueOf(64))))).append(',');
        }
        System.out.println(logs);
        // 2/π in 32-bit chunks: chunk c holds the bits 2^-(32c+1) .. 2^-(32c+32)
        int chunks = 42;
        BigInteger bits = BigDecimal.TWO.divide(pi, MC).movePointRight(0).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(32 * chunks)))
                .setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        StringBuilder twoOverPi = new StringBuilder("TWO_OVER_PI_CHUNKS =");
        for (int c = 0; c < chunks; c++) {
            int chunk = bits.shiftRight(32 * (chunks - 1 - c)).intValue();
            twoOverPi.append(c % 6 == 0 ? "\n    " : " ").append(String.format("0x%08x,", chunk));
        }
        System.out.println(twoOverPi);
    }
}
