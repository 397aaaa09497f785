package dev.mayfly.jdk.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The reference the correctly rounded Math functions are tested against: each function evaluated
 * with BigDecimal to 70 significant digits (about 2^-232) by plain Taylor and atanh series, then
 * rounded once by {@link BigDecimal#doubleValue()}. Slow (a millisecond a call) and simple.
 */
final class CorrectlyRoundedReference {
    static final MathContext MC = new MathContext(70);
    private static final MathContext WIDE = new MathContext(800);
    private static final BigDecimal PI = pi();
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.TWO, WIDE);
    private static final BigDecimal LN2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(BigDecimal.TWO);
    private static final BigDecimal LN10 = ln(BigDecimal.TEN);

    private CorrectlyRoundedReference() {
    }

    private static BigDecimal atanInverse(int n) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), WIDE);
        BigDecimal x2 = x.multiply(x, WIDE);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(805);
        for (int k = 1; ; k++) {
            term = term.multiply(x2, WIDE).negate();
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), WIDE);
            if (t.abs().compareTo(eps) < 0) {
                return sum;
            }
            sum = sum.add(t, WIDE);
        }
    }

    /** π to 800 digits by Machin's formula. */
    static BigDecimal pi() {
        return atanInverse(5).multiply(BigDecimal.valueOf(16)).subtract(atanInverse(239).multiply(BigDecimal.valueOf(4)), WIDE);
    }

    private static boolean negligible(BigDecimal term, BigDecimal sum) {
        return term.signum() == 0 || (sum.signum() != 0 && term.abs().compareTo(sum.abs().movePointLeft(75)) < 0);
    }

    private static BigDecimal sinSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = r;
        BigDecimal sum = r;
        for (int k = 1; !negligible(term, sum); k++) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * k) * (2L * k + 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    private static BigDecimal cosSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = term;
        for (int k = 1; !negligible(term, sum); k++) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * k - 1) * (2L * k)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** sin and cos of x, from x - k·π/2 with π to 800 digits: {sin, cos}. */
    private static BigDecimal[] sinCos(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal k = bx.divide(HALF_PI, WIDE).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = bx.subtract(k.multiply(HALF_PI, WIDE), WIDE).round(MC);
        int quadrant = k.remainder(BigDecimal.valueOf(4)).intValue();
        if (quadrant < 0) {
            quadrant += 4;
        }
        BigDecimal s = sinSeries(r);
        BigDecimal c = cosSeries(r);
        return switch (quadrant) {
            case 0 -> new BigDecimal[] {s, c};
            case 1 -> new BigDecimal[] {c, s.negate()};
            case 2 -> new BigDecimal[] {s.negate(), c.negate()};
            default -> new BigDecimal[] {c.negate(), s};
        };
    }

    static double sin(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x == 0 ? x : Double.NaN;
        }
        return sinCos(x)[0].doubleValue();
    }

    static double cos(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        return sinCos(x)[1].doubleValue();
    }

    static double tan(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x == 0 ? x : Double.NaN;
        }
        BigDecimal[] sc = sinCos(x);
        return sc[0].divide(sc[1], MC).doubleValue();
    }

    /** e^z for |z| ≤ 750: the Taylor series of z/2^s, |z/2^s| ≤ 0.01, squared s times. */
    static BigDecimal exp(BigDecimal z) {
        int halvings = 0;
        BigDecimal y = z;
        while (y.abs().compareTo(BigDecimal.valueOf(0.01)) > 0) {
            y = y.divide(BigDecimal.TWO, MC);
            halvings++;
        }
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = term;
        for (int k = 1; !negligible(term, sum); k++) {
            term = term.multiply(y, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    /** e^z - 1, by its own series for |z| < 1 (no cancellation). */
    static BigDecimal expm1(BigDecimal z) {
        if (z.abs().compareTo(BigDecimal.ONE) >= 0) {
            return exp(z).subtract(BigDecimal.ONE, MC);
        }
        BigDecimal term = z;
        BigDecimal sum = z;
        for (int k = 2; !negligible(term, sum); k++) {
            term = term.multiply(z, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    private static BigDecimal atanhSeries(BigDecimal z) {
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal term = z;
        BigDecimal sum = z;
        for (int k = 1; ; k++) {
            term = term.multiply(z2, MC);
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), MC);
            if (negligible(t, sum)) {
                return sum;
            }
            sum = sum.add(t, MC);
        }
    }

    /** ln(a) for a > 0: a = 2^e·m with m in [1, 2), ln(m) = 2 atanh((m - 1)/(m + 1)). */
    static BigDecimal ln(BigDecimal a) {
        int e = 0;
        BigDecimal two = BigDecimal.TWO;
        while (a.compareTo(two) >= 0) {
            a = a.divide(two);
            e++;
        }
        while (a.compareTo(BigDecimal.ONE) < 0) {
            a = a.multiply(two);
            e--;
        }
        BigDecimal z = a.subtract(BigDecimal.ONE).divide(a.add(BigDecimal.ONE), MC);
        BigDecimal lnM = z.signum() == 0 ? BigDecimal.ZERO : atanhSeries(z).multiply(two);
        return lnM.add(LN2.multiply(BigDecimal.valueOf(e)), MC);
    }

    static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -750) {
            return 0.0;
        }
        return exp(new BigDecimal(x)).doubleValue();
    }

    static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        return ln(new BigDecimal(x)).doubleValue();
    }

    static double log10(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        return ln(new BigDecimal(x)).divide(LN10, MC).doubleValue();
    }

    static double tanh(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) > 40) {
            return Math.copySign(1.0, x);
        }
        BigDecimal e = expm1(new BigDecimal(Math.abs(x)).multiply(BigDecimal.TWO));
        return Math.copySign(e.divide(e.add(BigDecimal.TWO), MC).doubleValue(), x);
    }

    /**
     * x^y for positive finite x and finite y (the special cases are tested separately): exactly by
     * BigDecimal for small integer y, otherwise e^(y·ln x).
     */
    static double positivePow(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) <= 64) {
            BigDecimal p = new BigDecimal(x).pow((int) Math.abs(y));
            return y >= 0 ? p.doubleValue() : BigDecimal.ONE.divide(p, MC).doubleValue();
        }
        BigDecimal z = ln(new BigDecimal(x)).multiply(new BigDecimal(y), MC);
        if (z.compareTo(BigDecimal.valueOf(710)) > 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (z.compareTo(BigDecimal.valueOf(-750)) < 0) {
            return 0.0;
        }
        return exp(z).doubleValue();
    }
}
