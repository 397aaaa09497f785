package dev.mayfly.conformance.programs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Exercises java.util.Base64 basic and URL-safe encoders and decoders, padding and
 * without-padding variants, round trips of binary data, and rejection of malformed input.
 */
public class Base64Codec {

    public static void main(String[] args) {
        String[] inputs = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Mayfly unikernel \u2713"};
        for (String s : inputs) {
            byte[] raw = s.getBytes(StandardCharsets.UTF_8);
            String enc = Base64.getEncoder().encodeToString(raw);
            String url = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            String back = new String(Base64.getDecoder().decode(enc), StandardCharsets.UTF_8);
            System.out.println("[" + enc + "] [" + url + "] roundtrip " + back.equals(s));
        }
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 11);
        }
        String std = Base64.getEncoder().encodeToString(binary);
        String urlSafe = Base64.getUrlEncoder().encodeToString(binary);
        System.out.println("std has + or / " + (std.indexOf('+') >= 0 || std.indexOf('/') >= 0) + ", url has - or _ "
                + (urlSafe.indexOf('-') >= 0 || urlSafe.indexOf('_') >= 0) + ", lengths " + std.length() + " " + urlSafe.length());
        System.out.println("binary roundtrip " + Arrays.equals(binary, Base64.getUrlDecoder().decode(urlSafe)) + " prefix " + std.substring(0, 40));
        try {
            Base64.getDecoder().decode("abc$");
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        System.out.println("no padding decode " + new String(Base64.getDecoder().decode("Zm9vYg"), StandardCharsets.US_ASCII));
    }
}
