package dev.mayfly.net.storage;

/**
 * A fixed ring of datagram slots, each with a payload of bounded size and a remote endpoint.
 *
 * <p>Used by UDP sockets for both directions; all memory is allocated up front.
 */
public final class PacketRing {
    private final byte[][] payloads;
    private final int[] lengths;
    private final int[] addresses;
    private final int[] ports;
    private int head;
    private int count;

    /** Creates a ring of {@code slots} datagrams of at most {@code maxPayload} bytes each. */
    public PacketRing(int slots, int maxPayload) {
        payloads = new byte[slots][maxPayload];
        lengths = new int[slots];
        addresses = new int[slots];
        ports = new int[slots];
    }

    public int size() { return count; }
    public boolean isEmpty() { return count == 0; }
    public boolean isFull() { return count == payloads.length; }
    public int maxPayload() { return payloads.length == 0 ? 0 : payloads[0].length; }

    /** Appends a datagram; returns false if the ring is full or the payload too large. */
    public boolean offer(byte[] src, int off, int len, int address, int port) {
        if (isFull() || len < 0 || len > maxPayload()) {
            return false;
        }
        int slot = (head + count) % payloads.length;
        System.arraycopy(src, off, payloads[slot], 0, len);
        lengths[slot] = len;
        addresses[slot] = address;
        ports[slot] = port;
        count++;
        return true;
    }

    /** Returns the payload array of the oldest datagram (valid bytes: {@link #peekLength}). */
    public byte[] peekPayload() { return payloads[head]; }
    public int peekLength() { return lengths[head]; }
    public int peekAddress() { return addresses[head]; }
    public int peekPort() { return ports[head]; }

    /** Removes the oldest datagram. */
    public void remove() {
        if (count > 0) {
            head = (head + 1) % payloads.length;
            count--;
        }
    }
}
