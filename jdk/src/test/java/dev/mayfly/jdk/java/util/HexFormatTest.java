package dev.mayfly.jdk.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mayfly's HexFormat against the host JDK's. */
class HexFormatTest {
    private static String outcome(java.util.function.Supplier<Object> s) {
        try {
            Object v = s.get();
            return v instanceof byte[] b ? java.util.Arrays.toString(b) : String.valueOf(v);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void formatsAndParsesAsTheJdk() {
        byte[] bytes = {0, 1, 15, 16, 127, -128, -1, 42};
        java.util.HexFormat[] jdk = {java.util.HexFormat.of(), java.util.HexFormat.ofDelimiter(":").withUpperCase(),
            java.util.HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("h")};
        HexFormat[] ours = {HexFormat.of(), HexFormat.ofDelimiter(":").withUpperCase(),
            HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("h")};
        for (int i = 0; i < jdk.length; i++) {
            java.util.HexFormat j = jdk[i];
            HexFormat o = ours[i];
            assertEquals(j.formatHex(bytes), o.formatHex(bytes));
            assertEquals(j.toString(), o.toString());
            String text = j.formatHex(bytes);
            assertEquals(outcome(() -> j.parseHex(text)), outcome(() -> o.parseHex(text)));
            assertEquals(outcome(() -> j.parseHex(text + "x")), outcome(() -> o.parseHex(text + "x")));
            assertEquals(j.toHexDigits((byte) -3), o.toHexDigits((byte) -3));
            assertEquals(j.toHexDigits(0xCAFE), o.toHexDigits(0xCAFE));
            assertEquals(j.toHexDigits(-2L), o.toHexDigits(-2L));
            assertEquals(j.toHexDigits('A'), o.toHexDigits('A'));
            assertEquals(j.toHexDigits((short) -2), o.toHexDigits((short) -2));
        }
        assertEquals(java.util.HexFormat.fromHexDigits("7fffffff"), HexFormat.fromHexDigits("7fffffff"));
        assertEquals(outcome(() -> java.util.HexFormat.fromHexDigit('g')), outcome(() -> HexFormat.fromHexDigit('g')));
        assertEquals(java.util.HexFormat.fromHexDigitsToLong("ffffffffffffffff"), HexFormat.fromHexDigitsToLong("ffffffffffffffff"));
        assertEquals(java.util.HexFormat.isHexDigit('F'), HexFormat.isHexDigit('F'));
    }
}
