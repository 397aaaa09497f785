package dev.mayfly.conformance.programs;

import java.util.HexFormat;

/**
 * Probes java.util.HexFormat (JDK 17): formatting byte arrays with delimiters and case,
 * parsing hex back, and fixed-width hex digits of ints, in a hexdump of a small packet.
 */
public class HexFormatDump {

    public static void main(String[] args) {
        byte[] packet = {0x45, 0x00, 0x00, 0x3c, 0x1c, 0x46, 0x40, 0x00, 0x40, 0x06, (byte) 0xb1, (byte) 0xe6, (byte) 0xac, 0x10, 0x0a, 0x63};
        HexFormat hex = HexFormat.of();
        System.out.println(hex.formatHex(packet));
        System.out.println(HexFormat.ofDelimiter(":").withUpperCase().formatHex(packet, 12, 16));
        System.out.println(HexFormat.ofDelimiter(" ").withPrefix("0x").formatHex(packet, 0, 4));
        byte[] parsed = hex.parseHex("cafebabe");
        System.out.println(parsed.length + " " + parsed[0] + " " + hex.toHexDigits((byte) -1) + " " + hex.toHexDigits(0x1234) + " "
                + hex.toHexDigits(255L) + " " + HexFormat.fromHexDigits("7fff") + " " + HexFormat.isHexDigit('g'));
    }
}
