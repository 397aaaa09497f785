package dev.mayfly.jdk.java.util;

/**
 * java.util.HexFormat on Mayfly (compiled as {@code java.util.HexFormat}, JDK 17): bytes and
 * primitives to and from hexadecimal, with an optional delimiter between bytes, a prefix and
 * suffix around each byte, and upper- or lower-case digits — as the JDK's javadoc specifies.
 */
public final class HexFormat {
    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
    private static final HexFormat HEX = new HexFormat("", "", "", false);

    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final boolean upper;

    private HexFormat(String delimiter, String prefix, String suffix, boolean upper) {
        this.delimiter = java.util.Objects.requireNonNull(delimiter, "delimiter");
        this.prefix = java.util.Objects.requireNonNull(prefix, "prefix");
        this.suffix = java.util.Objects.requireNonNull(suffix, "suffix");
        this.upper = upper;
    }

    public static HexFormat of() {
        return HEX;
    }

    public static HexFormat ofDelimiter(String delimiter) {
        return new HexFormat(delimiter, "", "", false);
    }

    public HexFormat withDelimiter(String delimiter) {
        return new HexFormat(delimiter, prefix, suffix, upper);
    }

    public HexFormat withPrefix(String prefix) {
        return new HexFormat(delimiter, prefix, suffix, upper);
    }

    public HexFormat withSuffix(String suffix) {
        return new HexFormat(delimiter, prefix, suffix, upper);
    }

    public HexFormat withUpperCase() {
        return new HexFormat(delimiter, prefix, suffix, true);
    }

    public HexFormat withLowerCase() {
        return new HexFormat(delimiter, prefix, suffix, false);
    }

    public String delimiter() {
        return delimiter;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public boolean isUpperCase() {
        return upper;
    }

    public String formatHex(byte[] bytes) {
        return formatHex(bytes, 0, bytes.length);
    }

    public String formatHex(byte[] bytes, int fromIndex, int toIndex) {
        StringBuilder sb = new StringBuilder();
        formatHex(sb, bytes, fromIndex, toIndex);
        return sb.toString();
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes) {
        return formatHex(out, bytes, 0, bytes.length);
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes, int fromIndex, int toIndex) {
        java.util.Objects.requireNonNull(out, "out");
        java.util.Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        try {
            for (int i = fromIndex; i < toIndex; i++) {
                if (i > fromIndex) {
                    out.append(delimiter);
                }
                out.append(prefix);
                out.append(toHighHexDigit(bytes[i])).append(toLowHexDigit(bytes[i]));
                out.append(suffix);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    public byte[] parseHex(CharSequence string) {
        return parseHex(string, 0, string.length());
    }

    public byte[] parseHex(CharSequence string, int fromIndex, int toIndex) {
        java.util.Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        String s = string.subSequence(fromIndex, toIndex).toString();
        int stride = prefix.length() + 2 + suffix.length();
        int length = s.length();
        if (length == 0) {
            return new byte[0];
        }
        if (stride == 2 && delimiter.isEmpty() && length % 2 != 0) {
            throw new IllegalArgumentException("string length not even: " + length);
        }
        if ((length + delimiter.length()) % (stride + delimiter.length()) != 0) {
            throw new IllegalArgumentException("extra or missing delimiters or values consisting of prefix, two hexadecimal digits, and suffix");
        }
        int n = (length + delimiter.length()) / (stride + delimiter.length());
        byte[] out = new byte[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                expect(s, pos, delimiter, "delimiter");
                pos += delimiter.length();
            }
            expect(s, pos, prefix, "prefix");
            pos += prefix.length();
            out[i] = (byte) ((fromHexDigit(s.charAt(pos)) << 4) | fromHexDigit(s.charAt(pos + 1)));
            pos += 2;
            expect(s, pos, suffix, "suffix");
            pos += suffix.length();
        }
        return out;
    }

    public byte[] parseHex(char[] chars, int fromIndex, int toIndex) {
        return parseHex(new String(chars), fromIndex, toIndex);
    }

    private static void expect(String s, int pos, String part, String what) {
        if (!s.startsWith(part, pos)) {
            throw new IllegalArgumentException("found: \"" + s.substring(pos, Math.min(s.length(), pos + part.length()))
                    + "\", expected: \"" + part + "\", index: " + pos + " ch: " + (int) s.charAt(pos));
        }
    }

    public char toLowHexDigit(int value) {
        return (upper ? UPPER : LOWER)[value & 0xf];
    }

    public char toHighHexDigit(int value) {
        return (upper ? UPPER : LOWER)[(value >> 4) & 0xf];
    }

    public <A extends Appendable> A toHexDigits(A out, byte value) {
        try {
            out.append(toHighHexDigit(value)).append(toLowHexDigit(value));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    public String toHexDigits(byte value) {
        return new String(new char[] {toHighHexDigit(value), toLowHexDigit(value)});
    }

    public String toHexDigits(char value) {
        return toHexDigits((long) value, 4);
    }

    public String toHexDigits(short value) {
        return toHexDigits((long) value, 4);
    }

    public String toHexDigits(int value) {
        return toHexDigits((long) value, 8);
    }

    public String toHexDigits(long value) {
        return toHexDigits(value, 16);
    }

    public String toHexDigits(long value, int digits) {
        if (digits < 0 || digits > 16) {
            throw new IllegalArgumentException("number of digits: " + digits);
        }
        char[] c = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            c[i] = toLowHexDigit((int) value);
            value >>>= 4;
        }
        return new String(c);
    }

    public static boolean isHexDigit(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    public static int fromHexDigit(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        throw new NumberFormatException("not a hexadecimal digit: \"" + (char) ch + "\" = " + ch);
    }

    public static int fromHexDigits(CharSequence string) {
        return fromHexDigits(string, 0, string.length());
    }

    public static int fromHexDigits(CharSequence string, int fromIndex, int toIndex) {
        java.util.Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        if (toIndex - fromIndex > 8) {
            throw new IllegalArgumentException("string length greater than 8: " + (toIndex - fromIndex));
        }
        int v = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            v = (v << 4) | fromHexDigit(string.charAt(i));
        }
        return v;
    }

    public static long fromHexDigitsToLong(CharSequence string) {
        return fromHexDigitsToLong(string, 0, string.length());
    }

    public static long fromHexDigitsToLong(CharSequence string, int fromIndex, int toIndex) {
        java.util.Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        if (toIndex - fromIndex > 16) {
            throw new IllegalArgumentException("string length greater than 16: " + (toIndex - fromIndex));
        }
        long v = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            v = (v << 4) | fromHexDigit(string.charAt(i));
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexFormat h && h.delimiter.equals(delimiter) && h.prefix.equals(prefix)
                && h.suffix.equals(suffix) && h.upper == upper;
    }

    @Override
    public int hashCode() {
        int result = java.util.Objects.hash(delimiter, prefix, suffix);
        return 31 * result + Boolean.hashCode(upper);
    }

    @Override
    public String toString() {
        return "uppercase: " + upper + ", delimiter: \"" + delimiter + "\", prefix: \"" + prefix + "\", suffix: \"" + suffix + "\"";
    }
}
