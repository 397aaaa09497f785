package dev.mayfly.jdk.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mayfly's Base64 against the host JDK's. */
class Base64Test {
    private static String outcome(java.util.function.Supplier<Object> s) {
        try {
            Object v = s.get();
            return v instanceof byte[] b ? java.util.Arrays.toString(b) : String.valueOf(v);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void encodesAsTheJdk() {
        SplittableRandom r = new SplittableRandom(1);
        for (int len = 0; len < 200; len++) {
            byte[] data = new byte[len];
            r.nextBytes(data);
            assertEquals(java.util.Base64.getEncoder().encodeToString(data), Base64.getEncoder().encodeToString(data));
            assertEquals(java.util.Base64.getUrlEncoder().encodeToString(data), Base64.getUrlEncoder().encodeToString(data));
            assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(data),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(data));
            assertEquals(java.util.Base64.getMimeEncoder().encodeToString(data), Base64.getMimeEncoder().encodeToString(data));
            assertEquals(java.util.Base64.getMimeEncoder(20, "\n".getBytes()).encodeToString(data),
                    Base64.getMimeEncoder(20, "\n".getBytes()).encodeToString(data));
            String mime = java.util.Base64.getMimeEncoder().encodeToString(data);
            assertEquals(java.util.Arrays.toString(java.util.Base64.getMimeDecoder().decode(mime)),
                    java.util.Arrays.toString(Base64.getMimeDecoder().decode(mime)));
            String basic = java.util.Base64.getEncoder().encodeToString(data);
            assertEquals(java.util.Arrays.toString(data), java.util.Arrays.toString(Base64.getDecoder().decode(basic)));
        }
    }

    @Test
    void rejectsBadInputAsTheJdk() {
        String[] inputs = {"abc$", "Zm9vYg", "Zm9vYg=", "Zm9vYg==", "Zm9vYmE=", "Z", "Zm9=v", "Zm9vYg==x", "Zm 9v", "====", "Zm9vYg=\n=",
            "-_-_", "+/+/", "Zm9vYmFy\r\nZm9v"};
        for (String s : inputs) {
            assertEquals(outcome(() -> java.util.Base64.getDecoder().decode(s)), outcome(() -> Base64.getDecoder().decode(s)), s);
            assertEquals(outcome(() -> java.util.Base64.getUrlDecoder().decode(s)), outcome(() -> Base64.getUrlDecoder().decode(s)), s);
            assertEquals(outcome(() -> java.util.Base64.getMimeDecoder().decode(s)), outcome(() -> Base64.getMimeDecoder().decode(s)), s);
        }
        assertEquals(outcome(() -> new String(java.util.Base64.getDecoder().decode("aGk="), StandardCharsets.UTF_8)),
                outcome(() -> new String(Base64.getDecoder().decode("aGk="), StandardCharsets.UTF_8)));
    }
}
