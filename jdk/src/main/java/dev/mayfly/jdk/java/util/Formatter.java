package dev.mayfly.jdk.java.util;

import dev.mayfly.jdk.lang.DecimalDigits;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * java.util.Formatter on Mayfly (compiled as {@code java.util.Formatter}): printf-style
 * formatting as the JDK's javadoc specifies it — {@code %[index$][flags][width][.precision]conversion}
 * with the general ({@code b h s}), character ({@code c}), integral ({@code d o x}), floating-point
 * ({@code e f g a}) conversions, {@code %n} and {@code %%}, argument indices ({@code 1$}, {@code <}),
 * the JDK's exceptions and messages, and the JDK's decimal rounding: a double's decimal
 * expansion is its shortest representation ({@link Double#toString(double)}), rounded
 * {@code HALF_UP} to the precision. Date/time conversions ({@code %t}) are not supported and throw
 * {@link UnknownFormatConversionException}. The locale is ignored: numbers are formatted as in
 * {@code Locale.ROOT}.
 */
public final class Formatter implements Closeable, Flushable {
    private final Appendable out;
    private final Locale locale;
    private IOException lastException;
    private boolean closed;

    public Formatter() {
        this(new StringBuilder(), null);
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, null);
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.out = a == null ? new StringBuilder() : a;
        this.locale = l;
    }

    public Formatter(PrintStream ps) {
        this((Appendable) java.util.Objects.requireNonNull(ps), null);
    }

    public Formatter(OutputStream os) {
        this(new PrintStream(os), null);
    }

    public Locale locale() {
        ensureOpen();
        return locale;
    }

    public Appendable out() {
        ensureOpen();
        return out;
    }

    @Override
    public String toString() {
        ensureOpen();
        return out.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (out instanceof Flushable f) {
            try {
                f.flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (out instanceof Closeable c) {
            try {
                c.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    public IOException ioException() {
        return lastException;
    }

    private void ensureOpen() {
        if (closed) {
            throw new FormatterClosedException();
        }
    }

    public Formatter format(String format, Object... args) {
        return format(locale, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        StringBuilder sb = new StringBuilder(format.length() + 16);
        int ordinary = 0;
        int last = -1;
        int i = 0;
        int n = format.length();
        while (i < n) {
            int pct = format.indexOf('%', i);
            if (pct < 0) {
                sb.append(format, i, n);
                break;
            }
            sb.append(format, i, pct);
            Spec spec = Spec.parse(format, pct);
            i = spec.end;
            switch (spec.conversion) {
                case '%' -> {
                    spec.checkText();
                    justify(sb, spec, "%");
                }
                case 'n' -> {
                    spec.checkText();
                    sb.append(System.lineSeparator());
                }
                default -> {
                    Object arg;
                    int index;
                    if (spec.index == Spec.PREVIOUS) {
                        index = last;
                    } else if (spec.index == Spec.ORDINARY) {
                        index = ordinary++;
                    } else {
                        index = spec.index - 1;
                    }
                    if (index < 0 || args == null || index >= args.length) {
                        throw new MissingFormatArgumentException(spec.text());
                    }
                    last = index;
                    arg = args[index];
                    spec.print(sb, arg, l);
                }
            }
        }
        try {
            out.append(sb);
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    static void justify(StringBuilder sb, Spec spec, CharSequence s) {
        int pad = spec.width - s.length();
        if (pad <= 0) {
            sb.append(s);
        } else if (spec.has(Spec.LEFT)) {
            sb.append(s);
            for (int k = 0; k < pad; k++) {
                sb.append(' ');
            }
        } else {
            for (int k = 0; k < pad; k++) {
                sb.append(' ');
            }
            sb.append(s);
        }
    }

    /** One parsed format specifier. */
    static final class Spec {
        static final int ORDINARY = 0;
        static final int PREVIOUS = -1;

        static final int LEFT = 1;
        static final int ALTERNATE = 2;
        static final int PLUS = 4;
        static final int SPACE = 8;
        static final int ZERO = 16;
        static final int GROUP = 32;
        static final int PAREN = 64;
        static final int UPPER = 128;

        final String format;
        final int start;
        int end;
        int index = ORDINARY;
        int flags;
        String flagText = "";
        int width = -1;
        int precision = -1;
        char conversion;
        /** The exponent {@code %e} shows for zero: a BigDecimal zero shows its scale, as the JDK does. */
        int zeroExponent;
        /** Whether the argument is a BigDecimal (whose zero {@code %g} prints in scientific notation). */
        boolean bigDecimal;

        private Spec(String format, int start) {
            this.format = format;
            this.start = start;
        }

        boolean has(int flag) {
            return (flags & flag) != 0;
        }

        String text() {
            return format.substring(start, end);
        }

        static Spec parse(String f, int pct) {
            Spec s = new Spec(f, pct);
            int n = f.length();
            int i = pct + 1;
            // argument index: digits followed by '$'
            int j = i;
            while (j < n && isDigit(f.charAt(j))) {
                j++;
            }
            if (j > i && j < n && f.charAt(j) == '$') {
                long idx = parseNumber(f, i, j);
                if (idx < 1 || idx > Integer.MAX_VALUE) {
                    throw new IllegalFormatArgumentIndexException((int) Math.min(idx, Integer.MAX_VALUE));
                }
                s.index = (int) idx;
                i = j + 1;
            }
            int flagsStart = i;
            while (i < n) {
                char c = f.charAt(i);
                int flag = switch (c) {
                    case '-' -> LEFT;
                    case '#' -> ALTERNATE;
                    case '+' -> PLUS;
                    case ' ' -> SPACE;
                    case '0' -> ZERO;
                    case ',' -> GROUP;
                    case '(' -> PAREN;
                    case '<' -> -1;
                    default -> 0;
                };
                if (flag == 0) {
                    break;
                }
                if (flag == -1) {
                    s.index = PREVIOUS;
                } else {
                    if ((s.flags & flag) != 0) {
                        throw new DuplicateFormatFlagsException(String.valueOf(c));
                    }
                    s.flags |= flag;
                }
                i++;
            }
            s.flagText = f.substring(flagsStart, i).replace("<", "");
            j = i;
            while (j < n && isDigit(f.charAt(j))) {
                j++;
            }
            if (j > i) {
                long w = parseNumber(f, i, j);
                if (w > Integer.MAX_VALUE) {
                    throw new IllegalFormatWidthException(Integer.MAX_VALUE);
                }
                s.width = (int) w;
                i = j;
            }
            if (i < n && f.charAt(i) == '.') {
                j = i + 1;
                while (j < n && isDigit(f.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    throw new IllegalFormatPrecisionException(-1);
                }
                long p = parseNumber(f, i + 1, j);
                s.precision = (int) Math.min(p, Integer.MAX_VALUE);
                i = j;
            }
            if (i >= n) {
                throw new UnknownFormatConversionException("%");
            }
            char c = f.charAt(i);
            if (c == 't' || c == 'T') {
                if (i + 1 >= n) {
                    throw new UnknownFormatConversionException(String.valueOf(c));
                }
                throw new UnknownFormatConversionException(f.substring(i, i + 2));
            }
            if (Character.isUpperCase(c) && "BHSCXEGA".indexOf(c) >= 0) {
                s.flags |= UPPER;
                c = Character.toLowerCase(c);
            } else if ("bhscdoxefgan%".indexOf(c) < 0) {
                throw new UnknownFormatConversionException(String.valueOf(c));
            }
            s.conversion = c;
            s.end = i + 1;
            s.checkFlags();
            return s;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static long parseNumber(String f, int from, int to) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * 10 + (f.charAt(k) - '0');
                if (v > Integer.MAX_VALUE) {
                    return (long) Integer.MAX_VALUE + 1;
                }
            }
            return v;
        }

        /** The JDK's checks of flags, width and precision against the conversion. */
        private void checkFlags() {
            switch (conversion) {
                case 'b', 'h', 's' -> {
                    checkBadFlags(PLUS | SPACE | ZERO | GROUP | PAREN);
                    if (conversion != 's') {
                        checkBadFlags(ALTERNATE);
                    }
                    checkJustify();
                }
                case 'c' -> {
                    if (precision != -1) {
                        throw new IllegalFormatPrecisionException(precision);
                    }
                    checkBadFlags(ALTERNATE | PLUS | SPACE | ZERO | GROUP | PAREN);
                    checkJustify();
                }
                case 'd', 'o', 'x' -> {
                    if (precision != -1) {
                        throw new IllegalFormatPrecisionException(precision);
                    }
                    if (conversion == 'd') {
                        checkBadFlags(ALTERNATE);
                    } else {
                        checkBadFlags(GROUP);
                    }
                    checkNumericFlags();
                }
                case 'e', 'f', 'g', 'a' -> {
                    if (conversion == 'e' || conversion == 'a') {
                        checkBadFlags(GROUP);
                    }
                    if (conversion == 'g') {
                        checkBadFlags(ALTERNATE);
                    }
                    if (conversion == 'a') {
                        checkBadFlags(PAREN);
                    }
                    checkNumericFlags();
                }
                default -> {
                }
            }
        }

        /** {@code %%} and {@code %n}: the JDK's rules for text specifiers. */
        void checkText() {
            if (conversion == 'n') {
                if (width != -1) {
                    throw new IllegalFormatWidthException(width);
                }
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if (flags != 0) {
                    throw new IllegalFormatFlagsException(flagText);
                }
            } else {
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if ((flags & ~LEFT) != 0) {
                    throw new IllegalFormatFlagsException(flagText);
                }
                if (has(LEFT) && width == -1) {
                    throw new MissingFormatWidthException(text());
                }
            }
        }

        private void checkBadFlags(int bad) {
            int found = flags & bad;
            if (found != 0) {
                throw new FormatFlagsConversionMismatchException(flagString(Integer.lowestOneBit(found)), conversion());
            }
        }

        private char conversion() {
            return has(UPPER) ? Character.toUpperCase(conversion) : conversion;
        }

        private void checkJustify() {
            if (has(LEFT) && width == -1) {
                throw new MissingFormatWidthException(text());
            }
        }

        private void checkNumericFlags() {
            if (width == -1 && (has(LEFT) || has(ZERO))) {
                throw new MissingFormatWidthException(text());
            }
            if ((has(PLUS) && has(SPACE)) || (has(LEFT) && has(ZERO))) {
                throw new IllegalFormatFlagsException(flagText);
            }
        }

        private static String flagString(int flag) {
            return switch (flag) {
                case LEFT -> "-";
                case ALTERNATE -> "#";
                case PLUS -> "+";
                case SPACE -> " ";
                case ZERO -> "0";
                case GROUP -> ",";
                case PAREN -> "(";
                default -> "";
            };
        }

        private IllegalFormatConversionException mismatch(Object arg) {
            return new IllegalFormatConversionException(conversion, arg.getClass());
        }

        void print(StringBuilder sb, Object arg, Locale l) {
            switch (conversion) {
                case 'b' -> printString(sb, arg == null ? "false" : arg instanceof Boolean b ? b.toString() : "true");
                case 'h' -> printString(sb, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                case 's' -> {
                    if (arg instanceof Formattable fmt) {
                        printFormattable(sb, fmt, l);
                    } else {
                        if (has(ALTERNATE)) {
                            throw new FormatFlagsConversionMismatchException("#", conversion());
                        }
                        printString(sb, arg == null ? "null" : arg.toString());
                    }
                }
                case 'c' -> printChar(sb, arg);
                case 'd', 'o', 'x' -> printInteger(sb, arg);
                case 'e', 'f', 'g', 'a' -> printFloat(sb, arg);
                default -> throw new UnknownFormatConversionException(String.valueOf(conversion));
            }
        }

        private void printFormattable(StringBuilder sb, Formattable fmt, Locale l) {
            int f = 0;
            if (has(LEFT)) {
                f |= FormattableFlags.LEFT_JUSTIFY;
            }
            if (has(UPPER)) {
                f |= FormattableFlags.UPPERCASE;
            }
            if (has(ALTERNATE)) {
                f |= FormattableFlags.ALTERNATE;
            }
            Formatter inner = new Formatter(sb, l);
            fmt.formatTo(inner, f, width, precision);
        }

        private void printString(StringBuilder sb, String s) {
            if (precision != -1 && precision < s.length()) {
                s = s.substring(0, precision);
            }
            if (has(UPPER)) {
                s = s.toUpperCase(Locale.ROOT);
            }
            justify(sb, this, s);
        }

        private void printChar(StringBuilder sb, Object arg) {
            if (arg == null) {
                printString(sb, "null");
                return;
            }
            String s;
            if (arg instanceof Character ch) {
                s = String.valueOf(ch.charValue());
            } else {
                int cp;
                if (arg instanceof Byte b) {
                    cp = b;
                } else if (arg instanceof Short sh) {
                    cp = sh;
                } else if (arg instanceof Integer in) {
                    cp = in;
                } else {
                    throw mismatch(arg);
                }
                if (!Character.isValidCodePoint(cp)) {
                    throw new IllegalFormatCodePointException(cp);
                }
                s = new String(Character.toChars(cp));
            }
            printString(sb, s);
        }

        // ------------------------------------------------------------ integers

        private void printInteger(StringBuilder sb, Object arg) {
            if (arg == null) {
                printString(sb, "null");
                return;
            }
            if (arg instanceof BigInteger big) {
                printBigInteger(sb, big);
                return;
            }
            long value;
            int bits;
            if (arg instanceof Integer i) {
                value = i;
                bits = 32;
            } else if (arg instanceof Long lg) {
                value = lg;
                bits = 64;
            } else if (arg instanceof Short s) {
                value = s;
                bits = 16;
            } else if (arg instanceof Byte b) {
                value = b;
                bits = 8;
            } else {
                throw mismatch(arg);
            }
            if (conversion == 'd') {
                boolean negative = value < 0;
                String digits = negative ? Long.toString(value).substring(1) : Long.toString(value);
                printSigned(sb, negative, digits);
                return;
            }
            if (has(PLUS) || has(SPACE) || has(PAREN)) {
                int bad = has(PLUS) ? PLUS : has(SPACE) ? SPACE : PAREN;
                throw new FormatFlagsConversionMismatchException(flagString(bad), conversion());
            }
            long unsigned = bits == 64 ? value : value & ((1L << bits) - 1);
            String digits = conversion == 'o' ? Long.toOctalString(unsigned) : Long.toHexString(unsigned);
            String prefix = has(ALTERNATE) ? (conversion == 'o' ? "0" : "0x") : "";
            printUnsigned(sb, prefix, digits);
        }

        private void printUnsigned(StringBuilder sb, String prefix, String digits) {
            StringBuilder s = new StringBuilder(prefix);
            if (has(ZERO)) {
                for (int k = prefix.length() + digits.length(); k < width; k++) {
                    s.append('0');
                }
            }
            s.append(digits);
            String r = s.toString();
            if (has(UPPER)) {
                r = r.toUpperCase(Locale.ROOT);
            }
            justify(sb, this, r);
        }

        private void printBigInteger(StringBuilder sb, BigInteger big) {
            boolean negative = big.signum() < 0;
            BigInteger magnitude = big.abs();
            if (conversion == 'd') {
                printSigned(sb, negative, magnitude.toString());
                return;
            }
            String digits = magnitude.toString(conversion == 'o' ? 8 : 16);
            String prefix = has(ALTERNATE) ? (conversion == 'o' ? "0" : "0x") : "";
            StringBuilder s = new StringBuilder();
            leadingSign(s, negative);
            s.append(prefix);
            int trailing = negative && has(PAREN) ? 1 : 0;
            if (has(ZERO)) {
                for (int k = s.length() + digits.length() + trailing; k < width; k++) {
                    s.append('0');
                }
            }
            s.append(digits);
            if (trailing == 1) {
                s.append(')');
            }
            String r = s.toString();
            if (has(UPPER)) {
                r = r.toUpperCase(Locale.ROOT);
            }
            justify(sb, this, r);
        }

        private void leadingSign(StringBuilder s, boolean negative) {
            if (!negative) {
                if (has(PLUS)) {
                    s.append('+');
                } else if (has(SPACE)) {
                    s.append(' ');
                }
            } else {
                s.append(has(PAREN) ? '(' : '-');
            }
        }

        /** Sign, grouped and zero-padded magnitude (integer part {@code intPart}, optional {@code rest}), closing parenthesis. */
        private void printSigned(StringBuilder sb, boolean negative, String magnitude) {
            printSignedNumber(sb, negative, magnitude, "");
        }

        private void printSignedNumber(StringBuilder sb, boolean negative, String intPart, String rest) {
            StringBuilder s = new StringBuilder();
            leadingSign(s, negative);
            String grouped = has(GROUP) ? group(intPart) : intPart;
            int trailing = negative && has(PAREN) ? 1 : 0;
            if (has(ZERO) && width != -1) {
                for (int k = s.length() + grouped.length() + rest.length() + trailing; k < width; k++) {
                    s.append('0');
                }
            }
            s.append(grouped).append(rest);
            if (trailing == 1) {
                s.append(')');
            }
            String r = s.toString();
            if (has(UPPER)) {
                r = r.toUpperCase(Locale.ROOT);
            }
            justify(sb, this, r);
        }

        private static String group(String digits) {
            int n = digits.length();
            if (n <= 3) {
                return digits;
            }
            StringBuilder g = new StringBuilder(n + n / 3);
            int first = n % 3 == 0 ? 3 : n % 3;
            g.append(digits, 0, first);
            for (int k = first; k < n; k += 3) {
                g.append(',').append(digits, k, k + 3);
            }
            return g.toString();
        }

        // ------------------------------------------------------------ floating point

        private void printFloat(StringBuilder sb, Object arg) {
            if (arg == null) {
                printString(sb, "null");
                return;
            }
            if (arg instanceof BigDecimal bd) {
                if (conversion == 'a') {
                    throw mismatch(arg);
                }
                BigInteger unscaled = bd.unscaledValue();
                String digits = unscaled.abs().toString();
                zeroExponent = unscaled.signum() == 0 ? -bd.scale() : 0;
                bigDecimal = true;
                DecimalDigits d = unscaled.signum() == 0 ? DecimalDigits.zero()
                        : DecimalDigits.of(digits, digits.length() - bd.scale());
                printDecimal(sb, unscaled.signum() < 0, d);
                return;
            }
            double value;
            if (arg instanceof Double dv) {
                value = dv;
            } else if (arg instanceof Float fv) {
                value = fv;
            } else {
                throw mismatch(arg);
            }
            boolean negative = Double.doubleToRawLongBits(value) < 0;
            if (Double.isNaN(value)) {
                printNonFinite(sb, false, "NaN");
                return;
            }
            if (Double.isInfinite(value)) {
                printNonFinite(sb, negative, "Infinity");
                return;
            }
            if (conversion == 'a') {
                printHex(sb, value);
                return;
            }
            printDecimal(sb, negative, DecimalDigits.of(Math.abs(value)));
        }

        private void printNonFinite(StringBuilder sb, boolean negative, String text) {
            StringBuilder s = new StringBuilder();
            if (negative) {
                s.append(has(PAREN) ? '(' : '-');
            } else if (!text.equals("NaN")) {
                if (has(PLUS)) {
                    s.append('+');
                } else if (has(SPACE)) {
                    s.append(' ');
                }
            }
            s.append(text);
            if (negative && has(PAREN)) {
                s.append(')');
            }
            String r = s.toString();
            if (has(UPPER)) {
                r = r.toUpperCase(Locale.ROOT);
            }
            justify(sb, this, r);
        }

        private void printDecimal(StringBuilder sb, boolean negative, DecimalDigits d) {
            int prec = precision == -1 ? 6 : precision;
            switch (conversion) {
                case 'f' -> printFixed(sb, negative, d, prec);
                case 'e' -> printScientific(sb, negative, d, prec);
                default -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    DecimalDigits rounded = d.roundSignificant(prec);
                    if (rounded.isZero() && bigDecimal) {
                        printScientific(sb, negative, rounded, prec - 1); // a BigDecimal zero is below 10^-4
                    } else if (rounded.isZero()) {
                        printFixed(sb, negative, rounded, prec - 1);
                    } else {
                        int e = rounded.exponent();
                        if (e >= -4 && e < prec) {
                            printFixed(sb, negative, rounded, prec - 1 - e);
                        } else {
                            printScientific(sb, negative, rounded, prec - 1);
                        }
                    }
                }
            }
        }

        private void printFixed(StringBuilder sb, boolean negative, DecimalDigits d, int fractionDigits) {
            DecimalDigits r = d.roundFraction(fractionDigits);
            String intPart = r.integerPart();
            String fraction = r.fractionPart(fractionDigits);
            String rest = fractionDigits > 0 || has(ALTERNATE) ? "." + fraction : "";
            printSignedNumber(sb, negative, intPart, rest);
        }

        private void printScientific(StringBuilder sb, boolean negative, DecimalDigits d, int fractionDigits) {
            DecimalDigits r = d.roundSignificant(fractionDigits + 1);
            int exponent = r.isZero() ? zeroExponent : r.exponent();
            String digits = r.significand(fractionDigits + 1);
            StringBuilder rest = new StringBuilder();
            if (fractionDigits > 0 || has(ALTERNATE)) {
                rest.append('.').append(digits, 1, digits.length());
            }
            rest.append('e').append(exponent < 0 ? '-' : '+');
            int ae = Math.abs(exponent);
            if (ae < 10) {
                rest.append('0');
            }
            rest.append(ae);
            printSignedNumber(sb, negative, digits.substring(0, 1), rest.toString());
        }

        private void printHex(StringBuilder sb, double value) {
            String s;
            if (precision == -1 || precision >= 13) {
                s = Double.toHexString(Math.abs(value));
                if (precision > 13) {
                    int p = s.indexOf('p');
                    int dot = s.indexOf('.');
                    StringBuilder t = new StringBuilder(s.substring(0, p));
                    for (int k = p - dot - 1; k < precision; k++) {
                        t.append('0');
                    }
                    s = t.append(s.substring(p)).toString();
                }
            } else {
                s = hexRounded(Math.abs(value), precision == 0 ? 1 : precision);
            }
            boolean negative = Double.doubleToRawLongBits(value) < 0;
            StringBuilder t = new StringBuilder();
            leadingSign(t, negative);
            String body = s;
            if (has(ZERO)) {
                t.append("0x");
                body = s.substring(2);
                for (int k = t.length() + body.length(); k < width; k++) {
                    t.append('0');
                }
            }
            t.append(body);
            String r = t.toString();
            if (has(UPPER)) {
                r = r.toUpperCase(Locale.ROOT);
            }
            justify(sb, this, r);
        }

        /** The hexadecimal form with {@code digits} hex digits after the point, rounded half-even. */
        private static String hexRounded(double v, int digits) {
            if (v == 0) {
                StringBuilder z = new StringBuilder("0x0.");
                for (int k = 0; k < digits; k++) {
                    z.append('0');
                }
                return z.append("p0").toString();
            }
            long bits = Double.doubleToRawLongBits(v);
            int biased = (int) (bits >>> 52);
            long significand = bits & ((1L << 52) - 1);
            int exponent;
            if (biased == 0) {
                // normalize a subnormal, as the JDK does for a precision below 13
                int shift = Long.numberOfLeadingZeros(significand) - 11;
                significand = (significand << shift) & ((1L << 52) - 1);
                exponent = -1022 - shift;
            } else {
                exponent = biased - 1023;
            }
            int drop = 52 - 4 * digits;
            long full = significand | (1L << 52);
            long kept = full >>> drop;
            long remainder = full & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (remainder > half || (remainder == half && (kept & 1) != 0)) {
                kept++;
            }
            if (kept >>> (4 * digits) >= 2) {
                kept >>>= 1;
                exponent++;
            }
            String frac = Long.toHexString(kept & ((1L << (4 * digits)) - 1));
            StringBuilder s = new StringBuilder("0x1.");
            for (int k = frac.length(); k < digits; k++) {
                s.append('0');
            }
            return s.append(frac).append('p').append(exponent).toString();
        }
    }
}
