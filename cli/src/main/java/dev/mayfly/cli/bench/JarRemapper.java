package dev.mayfly.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an application jar so that its references to {@code com.sun.net.httpserver} name
 * Mayfly's classes ({@code dev.mayfly.jdk.com.sun.net.httpserver}) — on HotSpot, the renaming the
 * image builder's class substitution does inside TeaVM — so Mayfly's server can be measured on
 * HotSpot running the very same application.
 *
 * <p>Every class name and descriptor of a class file lives in its constant pool's
 * CONSTANT_Utf8 entries (JVMS §4.4), and everything else refers to the pool by index, so renaming
 * is done by rewriting those entries and copying the rest of the file unchanged. The package names
 * are ASCII, which modified UTF-8 encodes as the same bytes, never inside a multi-byte sequence.
 */
final class JarRemapper {
    static final String FROM = "com/sun/net/httpserver/";
    static final String TO = "dev/mayfly/jdk/com/sun/net/httpserver/";
    private static final int MAGIC = 0xCAFEBABE;

    private JarRemapper() {
    }

    static void remap(Path jar, Path target) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().endsWith(".class")) {
                    bytes = remapClass(bytes);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** The class file with {@link #FROM} replaced by {@link #TO} in every CONSTANT_Utf8 entry. */
    static byte[] remapClass(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + 256);
        DataOutputStream out = new DataOutputStream(bytes);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        out.writeInt(MAGIC);
        out.writeInt(in.readInt()); // minor, major version
        int count = in.readUnsignedShort();
        out.writeShort(count);
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            out.writeByte(tag);
            switch (tag) {
                case 1 -> { // CONSTANT_Utf8
                    byte[] utf = new byte[in.readUnsignedShort()];
                    in.readFully(utf);
                    byte[] mapped = map(utf);
                    out.writeShort(mapped.length);
                    out.write(mapped);
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> out.writeInt(in.readInt());
                case 5, 6 -> { // long, double: 8 bytes, two pool slots (JVMS §4.4.5)
                    out.writeLong(in.readLong());
                    i++;
                }
                case 7, 8, 16, 19, 20 -> out.writeShort(in.readUnsignedShort());
                case 15 -> { // CONSTANT_MethodHandle
                    out.writeByte(in.readUnsignedByte());
                    out.writeShort(in.readUnsignedShort());
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at index " + i);
            }
        }
        in.transferTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    static byte[] map(byte[] utf) {
        String s = new String(utf, StandardCharsets.ISO_8859_1);
        return s.contains(FROM) ? s.replace(FROM, TO).getBytes(StandardCharsets.ISO_8859_1) : utf;
    }
}
