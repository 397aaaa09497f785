package dev.mayfly.vmm.devices;

import java.util.ArrayList;
import java.util.List;

/**
 * The x86 I/O port space (64 KiB of ports): routes each access to the device registered for its port.
 * Reads of unclaimed ports return all ones, as on a PC with nothing decoding them; writes are dropped.
 */
public final class IoBus {
    private record Range(int first, int count, PortIoDevice device) {
        boolean contains(int port) {
            return port >= first && port < first + count;
        }
    }

    private final List<Range> ranges = new ArrayList<>();
    private long unclaimedAccesses;

    /** Registers {@code device} for ports {@code [first, first + count)}; ranges may not overlap. */
    public void register(int first, int count, PortIoDevice device) {
        if (first < 0 || count <= 0 || first + count > 0x10000) {
            throw new IllegalArgumentException("port range " + first + "+" + count);
        }
        for (Range r : ranges) {
            if (first < r.first + r.count && r.first < first + count) {
                throw new IllegalArgumentException(String.format("ports 0x%x+%d overlap 0x%x+%d", first, count, r.first, r.count));
            }
        }
        ranges.add(new Range(first, count, device));
    }

    private PortIoDevice find(int port) {
        for (Range r : ranges) {
            if (r.contains(port)) {
                return r.device;
            }
        }
        return null;
    }

    public long read(int port, int size) {
        PortIoDevice device = find(port);
        if (device == null) {
            unclaimedAccesses++;
            return size >= 4 ? 0xFFFF_FFFFL : (1L << (8 * size)) - 1;
        }
        return device.read(port, size);
    }

    public void write(int port, int size, long value) {
        PortIoDevice device = find(port);
        if (device == null) {
            unclaimedAccesses++;
            return;
        }
        device.write(port, size, value);
    }

    /** How many accesses hit no device, for diagnostics. */
    public long unclaimedAccesses() {
        return unclaimedAccesses;
    }
}
