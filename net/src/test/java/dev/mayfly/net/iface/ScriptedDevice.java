package dev.mayfly.net.iface;

import dev.mayfly.net.phy.Device;
import dev.mayfly.net.phy.FrameBuffer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A device whose received frames are scripted by the test and whose transmitted frames are recorded. */
final class ScriptedDevice implements Device {
    final ArrayDeque<byte[]> incoming = new ArrayDeque<>();
    final List<byte[]> sent = new ArrayList<>();
    int maxFrameLength = 1514;

    @Override
    public int maxFrameLength() { return maxFrameLength; }

    @Override
    public FrameBuffer receive(long nowMillis) {
        byte[] f = incoming.poll();
        if (f == null) {
            return null;
        }
        FrameBuffer b = new FrameBuffer(f, 0);
        b.setLength(f.length);
        return b;
    }

    @Override
    public FrameBuffer transmitBuffer(long nowMillis, int length) {
        return new FrameBuffer(Math.max(length, maxFrameLength));
    }

    @Override
    public void transmit(long nowMillis, FrameBuffer frame) {
        sent.add(java.util.Arrays.copyOfRange(frame.data(), frame.offset(), frame.offset() + frame.length()));
    }

    List<byte[]> takeSent() {
        List<byte[]> out = new ArrayList<>(sent);
        sent.clear();
        return out;
    }
}
