package dev.mayfly.jdk.java.util;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * java.util.Base64 on Mayfly (compiled as {@code java.util.Base64}): the Basic, URL-safe and MIME
 * encoders and decoders of RFC 4648 §4/§5 and RFC 2045 §6.8, with padding (optional on decode,
 * {@code withoutPadding} on encode), MIME line length and separator, and the JDK's exception
 * messages for bad input.
 */
public final class Base64 {
    private static final char[] BASIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final byte[] CRLF = {'\r', '\n'};
    private static final int MIME_LINE_MAX = 76;

    private Base64() {
    }

    public static Encoder getEncoder() {
        return Encoder.RFC4648;
    }

    public static Encoder getUrlEncoder() {
        return Encoder.RFC4648_URLSAFE;
    }

    public static Encoder getMimeEncoder() {
        return Encoder.RFC2045;
    }

    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        java.util.Objects.requireNonNull(lineSeparator);
        for (byte b : lineSeparator) {
            if (indexOf(BASIC, b) >= 0 || b == '=') {
                throw new IllegalArgumentException("Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        lineLength &= ~0b11;
        if (lineLength <= 0) {
            return Encoder.RFC4648;
        }
        return new Encoder(false, lineSeparator.clone(), lineLength, true);
    }

    public static Decoder getDecoder() {
        return Decoder.RFC4648;
    }

    public static Decoder getUrlDecoder() {
        return Decoder.RFC4648_URLSAFE;
    }

    public static Decoder getMimeDecoder() {
        return Decoder.RFC2045;
    }

    private static int indexOf(char[] alphabet, int b) {
        for (int i = 0; i < alphabet.length; i++) {
            if (alphabet[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A Base64 encoder. */
    public static class Encoder {
        static final Encoder RFC4648 = new Encoder(false, null, -1, true);
        static final Encoder RFC4648_URLSAFE = new Encoder(true, null, -1, true);
        static final Encoder RFC2045 = new Encoder(false, CRLF, MIME_LINE_MAX, true);

        private final boolean url;
        private final byte[] newline;
        private final int lineMax;
        private final boolean doPadding;

        private Encoder(boolean url, byte[] newline, int lineMax, boolean doPadding) {
            this.url = url;
            this.newline = newline;
            this.lineMax = lineMax;
            this.doPadding = doPadding;
        }

        private int encodedLength(int srclen) {
            long len = doPadding ? 4L * ((srclen + 2) / 3) : 4L * (srclen / 3) + (srclen % 3 == 0 ? 0 : srclen % 3 + 1);
            if (lineMax > 0 && len > 0) {
                len += (len - 1) / lineMax * newline.length;
            }
            if (len > Integer.MAX_VALUE) {
                throw new OutOfMemoryError("Encoded size is too large");
            }
            return (int) len;
        }

        public byte[] encode(byte[] src) {
            byte[] dst = new byte[encodedLength(src.length)];
            int n = encode0(src, 0, src.length, dst);
            return n == dst.length ? dst : java.util.Arrays.copyOf(dst, n);
        }

        public int encode(byte[] src, byte[] dst) {
            int len = encodedLength(src.length);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encode0(src, 0, src.length, dst);
        }

        public String encodeToString(byte[] src) {
            return new String(encode(src), StandardCharsets.ISO_8859_1);
        }

        public ByteBuffer encode(ByteBuffer buffer) {
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            return ByteBuffer.wrap(encode(src));
        }

        public Encoder withoutPadding() {
            if (!doPadding) {
                return this;
            }
            return new Encoder(url, newline, lineMax, false);
        }

        public java.io.OutputStream wrap(java.io.OutputStream os) {
            java.util.Objects.requireNonNull(os);
            return new java.io.OutputStream() {
                private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
                private boolean closed;

                @Override
                public void write(int b) throws java.io.IOException {
                    if (closed) {
                        throw new java.io.IOException("Stream is closed");
                    }
                    pending.write(b);
                }

                @Override
                public void close() throws java.io.IOException {
                    if (!closed) {
                        closed = true;
                        os.write(encode(pending.toByteArray()));
                        os.close();
                    }
                }
            };
        }

        private int encode0(byte[] src, int off, int end, byte[] dst) {
            char[] alphabet = url ? URL : BASIC;
            int sp = off;
            int dp = 0;
            int lineChars = 0;
            while (end - sp >= 3) {
                if (lineMax > 0 && lineChars == lineMax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                    lineChars = 0;
                }
                int bits = (src[sp++] & 0xff) << 16 | (src[sp++] & 0xff) << 8 | (src[sp++] & 0xff);
                dst[dp++] = (byte) alphabet[(bits >>> 18) & 0x3f];
                dst[dp++] = (byte) alphabet[(bits >>> 12) & 0x3f];
                dst[dp++] = (byte) alphabet[(bits >>> 6) & 0x3f];
                dst[dp++] = (byte) alphabet[bits & 0x3f];
                lineChars += 4;
            }
            if (sp < end) {
                if (lineMax > 0 && lineChars == lineMax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                }
                int b0 = src[sp++] & 0xff;
                dst[dp++] = (byte) alphabet[b0 >> 2];
                if (sp == end) {
                    dst[dp++] = (byte) alphabet[(b0 << 4) & 0x3f];
                    if (doPadding) {
                        dst[dp++] = '=';
                        dst[dp++] = '=';
                    }
                } else {
                    int b1 = src[sp] & 0xff;
                    dst[dp++] = (byte) alphabet[(b0 << 4) & 0x3f | (b1 >> 4)];
                    dst[dp++] = (byte) alphabet[(b1 << 2) & 0x3f];
                    if (doPadding) {
                        dst[dp++] = '=';
                    }
                }
            }
            return dp;
        }
    }

    /** A Base64 decoder. */
    public static class Decoder {
        static final Decoder RFC4648 = new Decoder(false, false);
        static final Decoder RFC4648_URLSAFE = new Decoder(true, false);
        static final Decoder RFC2045 = new Decoder(false, true);

        private final boolean url;
        private final boolean mime;

        private Decoder(boolean url, boolean mime) {
            this.url = url;
            this.mime = mime;
        }

        private int value(int b) {
            if (b >= 'A' && b <= 'Z') {
                return b - 'A';
            }
            if (b >= 'a' && b <= 'z') {
                return b - 'a' + 26;
            }
            if (b >= '0' && b <= '9') {
                return b - '0' + 52;
            }
            if (url ? b == '-' : b == '+') {
                return 62;
            }
            if (url ? b == '_' : b == '/') {
                return 63;
            }
            return -1;
        }

        public byte[] decode(byte[] src) {
            if (src.length == 1 && !mime) {
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            byte[] dst = new byte[src.length * 3 / 4 + 3];
            int n = decode0(src, 0, src.length, dst);
            return java.util.Arrays.copyOf(dst, n);
        }

        public byte[] decode(String src) {
            return decode(src.getBytes(StandardCharsets.ISO_8859_1));
        }

        public int decode(byte[] src, byte[] dst) {
            byte[] out = decode(src);
            if (dst.length < out.length) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            System.arraycopy(out, 0, dst, 0, out.length);
            return out.length;
        }

        public ByteBuffer decode(ByteBuffer buffer) {
            int pos0 = buffer.position();
            try {
                byte[] src = new byte[buffer.remaining()];
                buffer.get(src);
                return ByteBuffer.wrap(decode(src));
            } catch (IllegalArgumentException iae) {
                buffer.position(pos0);
                throw iae;
            }
        }

        public java.io.InputStream wrap(java.io.InputStream is) {
            java.util.Objects.requireNonNull(is);
            try {
                return new java.io.ByteArrayInputStream(decode(is.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private int decode0(byte[] src, int sp, int sl, byte[] dst) {
            int dp = 0;
            int bits = 0;
            int shiftto = 18;
            while (sp < sl) {
                int b = src[sp++] & 0xff;
                int v = value(b);
                if (v < 0) {
                    if (b == '=') {
                        // padding: "=" after 2 or 3 characters of a quantum ("==" after 2)
                        if (shiftto == 6 && (sp == sl || src[sp++] != '=') || shiftto == 18) {
                            throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
                        }
                        break;
                    }
                    if (mime) {
                        continue;
                    }
                    throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(src[sp - 1], 16));
                }
                bits |= v << shiftto;
                shiftto -= 6;
                if (shiftto < 0) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) bits;
                    shiftto = 18;
                    bits = 0;
                }
            }
            if (shiftto == 6) {
                dst[dp++] = (byte) (bits >> 16);
            } else if (shiftto == 0) {
                dst[dp++] = (byte) (bits >> 16);
                dst[dp++] = (byte) (bits >> 8);
            } else if (shiftto == 12) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            while (sp < sl) {
                if (mime && value(src[sp++] & 0xff) < 0) {
                    continue; // the JDK's MIME decoder skips non-alphabet bytes after the padding
                }
                throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
            }
            return dp;
        }
    }
}
