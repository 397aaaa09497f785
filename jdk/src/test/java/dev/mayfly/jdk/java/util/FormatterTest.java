package dev.mayfly.jdk.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Mayfly's Formatter, Random and SplittableRandom against the host JDK's, format by format and draw by draw. */
class FormatterTest {

    private static void same(String format, Object... args) {
        String expected;
        try {
            expected = String.format(format, args);
        } catch (RuntimeException e) {
            expected = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        String actual;
        try {
            actual = new Formatter().format(format, args).toString();
        } catch (RuntimeException e) {
            actual = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        assertEquals(expected, actual, () -> "format \"" + format + "\"");
    }

    @Test
    void integersAsTheJdkFormatsThem() {
        Object[] values = {0, 42, -42, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1,
            (short) -300, 1234567L, new BigInteger("-123456789012345678901234567890"), BigInteger.TEN};
        String[] formats = {"%d", "%5d", "%-8d|", "%08d", "%+d", "% d", "%,d", "%(d", "%(08d", "%+,015d", "%x", "%X", "%#x",
            "%#010x", "%o", "%#o", "%08X", "%-6x|", "%,(d"};
        for (Object v : values) {
            for (String f : formats) {
                same(f, v);
            }
        }
    }

    @Test
    void floatingPointAsTheJdkFormatsIt() {
        Object[] values = {Math.PI, Math.E, 299_792_458.0, 6.674_30e-11, 6.626_070_15e-34, 6.022_140_76e23, 4.9e-324,
            -1234.5678, 0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 2.675, 1.005, 1e-7, 999.9999, 0.0, -0.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, 123456789012345678.0, 9.95, 0.05, 0.15, 1.1f, 0.1f,
            3.4028235e38f, 1e100, 99.95, 0.0001234, 123456789.0, 1e-5, 255.5, Double.MIN_VALUE, new BigDecimal("1234.5650"),
            new BigDecimal("-0.000"), new BigDecimal("1E+5"), 1.0 / 3, 2.0 / 3, 100.25, -3.14159, 1234567.891, -42.0};
        String[] formats = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%14.4f", "%12.5e", "%12.3E", "%10g", "%e", "%.0e",
            "%.10e", "%E", "%g", "%.3g", "%G", "%010.2f", "%+.1f", "%,.2f", "%(.2f", "%-10.1f|", "%.15f", "%.17f", "%.20f",
            "%a", "%A", "%.3a", "%.0g", "%#.0f", "%#.0e", "% f", "%,f", "%s"};
        for (Object v : values) {
            for (String f : formats) {
                same(f, v);
            }
        }
    }

    @Test
    void generalCharacterAndIndexConversionsAsTheJdk() {
        same("%s %S %b %B %h %c %C %%", "text", "up", null, true, "hash", 'x', 'y');
        same("%10s|%-10s|%.2s|%5.1s|", "abc", "abc", "abc", "abc");
        same("%2$s %1$s %<s %s", "a", "b");
        same("%c %c", 65, 0x1F600);
        same("%n%n");
        same("%b %b", "x", false);
        same("%s %s", (Object) null, new int[0].length);
    }

    @Test
    void errorsAreTheJdksExceptionsWithTheJdksMessages() {
        same("%d", "string");
        same("%s %s", "one");
        same("%q", 1);
        same("%", 1);
        same("%-d", 1);
        same("%.2d", 1);
        same("%#d", 1);
        same("%-05d", 1);
        same("%+ d", 1);
        same("%<s", 1);
        same("%f", 1);
        same("%c", -1);
        same("%c", "s");
        same("%0s", 1);
        same("%,x", 1);
        same("%--5d", 1);
        same("%.3n");
        same("%5n");
        same("%+s", 1);
        same("%(x", 1);
        same("%#s", 1);
        same("%0$s", 1);
    }

    @Test
    void randomSequencesAreTheJdks() {
        for (long seed : new long[] {42, 0, -1, 7, 2024, 123456789L}) {
            java.util.Random jdk = new java.util.Random(seed);
            Random ours = new Random(seed);
            for (int i = 0; i < 2000; i++) {
                assertEquals(jdk.nextInt(), ours.nextInt());
                assertEquals(jdk.nextInt(100), ours.nextInt(100));
                assertEquals(jdk.nextInt(1 << 20), ours.nextInt(1 << 20));
                assertEquals(jdk.nextInt(-5, 77), ours.nextInt(-5, 77));
                assertEquals(jdk.nextLong(), ours.nextLong());
                assertEquals(jdk.nextLong(1000), ours.nextLong(1000));
                assertEquals(jdk.nextLong(-3, 1L << 40), ours.nextLong(-3, 1L << 40));
                assertEquals(jdk.nextDouble(), ours.nextDouble());
                assertEquals(jdk.nextDouble(5.5), ours.nextDouble(5.5));
                assertEquals(jdk.nextDouble(-1, 3), ours.nextDouble(-1, 3));
                assertEquals(jdk.nextFloat(), ours.nextFloat());
                assertEquals(jdk.nextBoolean(), ours.nextBoolean());
                assertEquals(jdk.nextGaussian(), ours.nextGaussian());
                assertEquals(jdk.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE), ours.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
            }
            byte[] a = new byte[13];
            byte[] b = new byte[13];
            jdk.nextBytes(a);
            ours.nextBytes(b);
            assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
            assertEquals(java.util.Arrays.toString(new java.util.Random(seed).ints(20, 0, 1000).toArray()),
                    java.util.Arrays.toString(new Random(seed).ints(20, 0, 1000).toArray()));
            assertEquals(java.util.Arrays.toString(new java.util.Random(seed).longs(20, -10, 1L << 50).toArray()),
                    java.util.Arrays.toString(new Random(seed).longs(20, -10, 1L << 50).toArray()));
            assertEquals(java.util.Arrays.toString(new java.util.Random(seed).doubles(20, 2, 9).toArray()),
                    java.util.Arrays.toString(new Random(seed).doubles(20, 2, 9).toArray()));
            assertEquals(new java.util.Random(seed).doubles(3).sum(), new Random(seed).doubles(3).sum());
        }
    }

    @Test
    void splittableRandomSequencesAreTheJdks() {
        for (long seed : new long[] {42, 0, -1, 7}) {
            java.util.SplittableRandom jdk = new java.util.SplittableRandom(seed);
            SplittableRandom ours = new SplittableRandom(seed);
            for (int i = 0; i < 2000; i++) {
                assertEquals(jdk.nextInt(), ours.nextInt());
                assertEquals(jdk.nextInt(100), ours.nextInt(100));
                assertEquals(jdk.nextInt(-5, 77), ours.nextInt(-5, 77));
                assertEquals(jdk.nextLong(), ours.nextLong());
                assertEquals(jdk.nextLong(1000), ours.nextLong(1000));
                assertEquals(jdk.nextDouble(), ours.nextDouble());
                assertEquals(jdk.nextDouble(-1, 3), ours.nextDouble(-1, 3));
                assertEquals(jdk.nextFloat(), ours.nextFloat());
                assertEquals(jdk.nextBoolean(), ours.nextBoolean());
            }
            java.util.SplittableRandom jdkChild = jdk.split();
            SplittableRandom ourChild = ours.split();
            for (int i = 0; i < 100; i++) {
                assertEquals(jdkChild.nextLong(), ourChild.nextLong());
                assertEquals(jdk.nextLong(), ours.nextLong());
            }
            byte[] a = new byte[21];
            byte[] b = new byte[21];
            jdk.nextBytes(a);
            ours.nextBytes(b);
            assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
            assertEquals(java.util.Arrays.toString(new java.util.SplittableRandom(seed).ints(20, 0, 1000).toArray()),
                    java.util.Arrays.toString(new SplittableRandom(seed).ints(20, 0, 1000).toArray()));
        }
    }

    @Test
    void stringJoinerAsTheJdk() {
        java.util.StringJoiner jdk = new java.util.StringJoiner(", ", "[", "]").setEmptyValue("EMPTY");
        StringJoiner ours = new StringJoiner(", ", "[", "]").setEmptyValue("EMPTY");
        assertEquals(jdk.toString(), ours.toString());
        assertEquals(jdk.length(), ours.length());
        jdk.add("a").add(null);
        ours.add("a").add(null);
        assertEquals(jdk.toString(), ours.toString());
        jdk.merge(new java.util.StringJoiner("-", "{", "}").add("x").add("y"));
        ours.merge(new StringJoiner("-", "{", "}").add("x").add("y"));
        assertEquals(jdk.toString(), ours.toString());
        assertEquals(jdk.length(), ours.length());
    }
}
