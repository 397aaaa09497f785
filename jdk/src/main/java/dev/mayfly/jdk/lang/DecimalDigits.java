package dev.mayfly.jdk.lang;

/**
 * A non-negative decimal as a digit string and a point position — the value is
 * {@code 0.d1d2d3... × 10^point} — with the rounding {@link java.util.Formatter} applies to it
 * ({@code HALF_UP} on the decimal digits, as the JDK's javadoc specifies).
 */
public final class DecimalDigits {
    private static final DecimalDigits ZERO = new DecimalDigits("", 0);

    private final String digits;
    private final int point;

    private DecimalDigits(String digits, int point) {
        this.digits = digits;
        this.point = point;
    }

    /** Zero. */
    public static DecimalDigits zero() {
        return ZERO;
    }

    /** The shortest decimal of a non-negative finite double ({@link Double#toString(double)}'s digits). */
    public static DecimalDigits of(double v) {
        if (v == 0) {
            return ZERO;
        }
        ShortestDecimal d = ShortestDecimal.of(v);
        return new DecimalDigits(d.digitString(), d.exponent + 1);
    }

    /** {@code 0.<digits> × 10^point}; leading zeros are dropped. */
    public static DecimalDigits of(String digits, int point) {
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        if (lead == digits.length()) {
            return ZERO;
        }
        return new DecimalDigits(digits.substring(lead), point - lead);
    }

    public boolean isZero() {
        return digits.isEmpty();
    }

    /** The power of ten of the first digit (scientific notation's exponent). */
    public int exponent() {
        return point - 1;
    }

    /** Rounded half-up to {@code fractionDigits} digits after the point. */
    public DecimalDigits roundFraction(int fractionDigits) {
        long keepLong = (long) point + fractionDigits;
        if (isZero() || keepLong >= digits.length()) {
            return this;
        }
        if (keepLong < 0) {
            return ZERO;
        }
        int keep = (int) keepLong;
        boolean up = digits.charAt(keep) >= '5';
        String prefix = digits.substring(0, keep);
        if (!up) {
            return of(prefix, point);
        }
        char[] c = prefix.toCharArray();
        int i = c.length - 1;
        while (i >= 0 && c[i] == '9') {
            c[i] = '0';
            i--;
        }
        if (i < 0) {
            return of("1" + new String(c), point + 1);
        }
        c[i]++;
        return of(new String(c), point);
    }

    /** Rounded half-up to {@code n} significant digits. */
    public DecimalDigits roundSignificant(int n) {
        if (isZero()) {
            return this;
        }
        DecimalDigits r = roundFraction(n - point);
        return r;
    }

    /** The digits before the point ("0" when there are none). */
    public String integerPart() {
        if (point <= 0 || isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(point);
        sb.append(digits, 0, Math.min(point, digits.length()));
        for (int i = digits.length(); i < point; i++) {
            sb.append('0');
        }
        return sb.toString();
    }

    /** Exactly {@code n} digits after the point. */
    public String fractionPart(int n) {
        StringBuilder sb = new StringBuilder(Math.max(n, 0));
        for (int i = 0; i < n; i++) {
            long index = (long) point + i;
            sb.append(index >= 0 && index < digits.length() ? digits.charAt((int) index) : '0');
        }
        return sb.toString();
    }

    /** The first {@code n} significant digits, padded with zeros. */
    public String significand(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        return sb.toString();
    }
}
