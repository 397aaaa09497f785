package dev.mayfly.vmm.devices;

import java.util.ArrayList;
import java.util.List;

/**
 * The MMIO windows of emulated devices: routes a guest load or store to the device whose window
 * contains all of it.
 *
 * <p>Every address and size here comes from the guest. An access that is not 1, 2, 4 or 8 bytes, that
 * hits no window, or that straddles a window's end reaches no device: reads return all ones and writes
 * are dropped, and the access is counted.
 */
public final class MmioBus {
    private record Window(long base, long size, MmioDevice device) {
        boolean contains(long address, int length) {
            return address >= base && address - base <= size - length;
        }
    }

    private final List<Window> windows = new ArrayList<>();
    private long unclaimedAccesses;

    /** Registers {@code device} for the window {@code [base, base + size)}; windows may not overlap. */
    public void register(long base, long size, MmioDevice device) {
        if (base < 0 || size <= 0 || base + size < 0) {
            throw new IllegalArgumentException("MMIO window 0x" + Long.toHexString(base) + "+" + size);
        }
        for (Window w : windows) {
            if (base < w.base + w.size && w.base < base + size) {
                throw new IllegalArgumentException("MMIO window 0x" + Long.toHexString(base) + " overlaps 0x" + Long.toHexString(w.base));
            }
        }
        windows.add(new Window(base, size, device));
    }

    private static boolean validSize(int size) {
        return size == 1 || size == 2 || size == 4 || size == 8;
    }

    private Window find(long address, int size) {
        if (!validSize(size)) {
            return null;
        }
        for (Window w : windows) {
            if (w.contains(address, size)) {
                return w;
            }
        }
        return null;
    }

    /** A guest load of {@code size} bytes at {@code address}; the value is in the low {@code size} bytes. */
    public long read(long address, int size) {
        Window w = find(address, size);
        if (w == null) {
            unclaimedAccesses++;
            return -1L;
        }
        return w.device.read(address - w.base, size);
    }

    /** A guest store of the low {@code size} bytes of {@code value} at {@code address}. */
    public void write(long address, int size, long value) {
        Window w = find(address, size);
        if (w == null) {
            unclaimedAccesses++;
            return;
        }
        w.device.write(address - w.base, size, size == 8 ? value : value & ((1L << (8 * size)) - 1));
    }

    /** How many accesses reached no device, for diagnostics. */
    public long unclaimedAccesses() {
        return unclaimedAccesses;
    }
}
