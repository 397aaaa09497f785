package dev.mayfly.net.phy;

/**
 * A frame buffer a {@link Device} lends to the stack: a byte array, where the frame starts in it,
 * and how long the frame is.
 *
 * <p>The device owns the buffer; the stack may use it only until it hands it back (transmit) or
 * asks for the next received frame.
 */
public final class FrameBuffer {
    private final byte[] data;
    private final int offset;
    private int length;

    /** Wraps {@code capacity} bytes of {@code data} from {@code offset}. */
    public FrameBuffer(byte[] data, int offset) {
        this.data = data;
        this.offset = offset;
    }

    /** Creates a buffer with its own array of {@code capacity} bytes. */
    public FrameBuffer(int capacity) {
        this(new byte[capacity], 0);
    }

    public byte[] data() { return data; }
    public int offset() { return offset; }
    public int length() { return length; }
    public int capacity() { return data.length - offset; }

    /** Sets the frame length, clamped to the capacity. */
    public void setLength(int length) {
        this.length = Math.max(0, Math.min(length, capacity()));
    }
}
