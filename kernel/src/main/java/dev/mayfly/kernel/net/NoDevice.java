package dev.mayfly.kernel.net;

import dev.mayfly.net.phy.Device;
import dev.mayfly.net.phy.FrameBuffer;

/**
 * The device of a VM without a network card: receives nothing and drops what is sent, so the
 * stack still serves 127.0.0.0/8 (the interface delivers that locally, never to the device).
 */
public final class NoDevice implements Device {
    /** A locally administered unicast MAC (02:00:00:00:00:01) for the interface's sake. */
    public static final long MAC = 0x02_00_00_00_00_01L;

    @Override public int maxFrameLength() { return 1514; }
    @Override public long macAddress() { return MAC; }
    @Override public FrameBuffer receive(long nowMillis) { return null; }
    @Override public FrameBuffer transmitBuffer(long nowMillis, int length) { return null; }
    @Override public void transmit(long nowMillis, FrameBuffer frame) { }
}
