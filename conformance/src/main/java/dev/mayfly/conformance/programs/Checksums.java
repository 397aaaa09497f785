package dev.mayfly.conformance.programs;

import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Exercises java.util.zip.CRC32 and Adler32 (incremental updates, reset, byte ranges) against a
 * hand-written CRC-32 and FNV-1a, as a file-integrity checker would.
 */
public class Checksums {

    static long crcByHand(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
            }
        }
        return ~crc & 0xFFFFFFFFL;
    }

    static long fnv1a(byte[] data) {
        long h = 0xcbf29ce484222325L;
        for (byte b : data) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    public static void main(String[] args) {
        String[] files = {"", "a", "123456789", "The quick brown fox jumps over the lazy dog", "Mayfly\n"};
        for (String f : files) {
            byte[] data = f.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(data);
            Adler32 adler = new Adler32();
            adler.update(data, 0, data.length);
            System.out.println(String.format("%-45s crc32=%08x hand=%08x adler32=%08x fnv1a=%016x", "\"" + f.replace("\n", "\\n") + "\"",
                    crc.getValue(), crcByHand(data), adler.getValue(), fnv1a(data)));
        }
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * i + 7);
        }
        CRC32 whole = new CRC32();
        whole.update(big);
        CRC32 pieces = new CRC32();
        for (int off = 0; off < big.length; off += 999) {
            pieces.update(big, off, Math.min(999, big.length - off));
        }
        CRC32 single = new CRC32();
        single.update(big[0]);
        System.out.println("incremental equal " + (whole.getValue() == pieces.getValue()) + " value " + Long.toHexString(whole.getValue())
                + " hand " + Long.toHexString(crcByHand(big)) + " single byte " + Long.toHexString(single.getValue()));
        whole.reset();
        System.out.println("after reset " + whole.getValue());
    }
}
