package dev.mayfly.conformance.programs;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Exercises java.io over memory only: DataOutputStream/DataInputStream binary records (big-endian
 * ints, longs, doubles, modified UTF-8), ByteArray streams, BufferedReader over a StringReader,
 * PrintWriter/StringWriter formatting, and EOF handling.
 */
public class InMemoryStreams {

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(-2);
            out.writeLong(Long.MIN_VALUE + 1);
            out.writeDouble(Math.PI);
            out.writeFloat(-0.5f);
            out.writeBoolean(true);
            out.writeUTF("h\u00e9llo \u2603");
            out.writeChar('Z');
            out.writeByte(300);
        }
        byte[] data = bytes.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte b : data) {
            hex.append(String.format("%02x", b));
        }
        System.out.println("encoded " + data.length + " bytes: " + hex);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            System.out.println(Integer.toHexString(in.readInt()) + " " + in.readShort() + " " + in.readLong() + " " + in.readDouble() + " "
                    + in.readFloat() + " " + in.readBoolean() + " " + in.readUTF().length() + " " + in.readChar() + " " + in.readByte());
            try {
                in.readInt();
            } catch (java.io.EOFException e) {
                System.out.println("EOF after all fields, available " + in.available());
            }
        }
        String csv = "id,name,score\n1,ada,97\n2,alan,88\n\n3,grace,91\n";
        int total = 0;
        int lines = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String header = reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isEmpty()) {
                    continue;
                }
                total += Integer.parseInt(line.substring(line.lastIndexOf(',') + 1));
            }
            System.out.println("header " + header + " lines " + lines + " total " + total);
        }
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.printf("%-6s|%5.1f|%x%n", "avg", total / 3.0, 255);
            pw.print('c');
            pw.print(42L);
            pw.println();
            pw.println(new char[] {'o', 'k'});
        }
        System.out.print(sw.toString().replace(System.lineSeparator(), "\n"));
        ByteArrayInputStream in = new ByteArrayInputStream("abcdef".getBytes(StandardCharsets.US_ASCII));
        byte[] buf = new byte[4];
        int n = in.read(buf, 1, 3);
        System.out.println("read " + n + " " + new String(buf, 1, 3, StandardCharsets.US_ASCII) + " skip " + in.skip(1) + " next " + (char) in.read()
                + " end " + in.read() + " readAllBytes " + new ByteArrayInputStream(new byte[] {1, 2}).readAllBytes().length);
    }
}
