package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;

/**
 * A view of a vCPU's shared {@code struct kvm_run} mapping: the exit reason and the exit-specific
 * union the kernel fills before KVM_RUN returns. Offsets are those of {@code <linux/kvm.h>} on x86-64.
 */
public final class KvmRun {
    static final long IMMEDIATE_EXIT = 1;
    static final long EXIT_REASON = 8;
    /** The exit-specific union. */
    static final long EXIT_DATA = 32;
    static final long IO_DIRECTION = 32;
    static final long IO_SIZE = 33;
    static final long IO_PORT = 34;
    static final long IO_COUNT = 36;
    static final long IO_DATA_OFFSET = 40;
    static final long MMIO_PHYS_ADDR = 32;
    static final long MMIO_DATA = 40;
    static final long MMIO_LEN = 48;
    static final long MMIO_IS_WRITE = 52;
    static final long FAIL_ENTRY_REASON = 32;
    static final long FAIL_ENTRY_CPU = 40;
    static final long INTERNAL_SUBERROR = 32;
    static final long INTERNAL_NDATA = 36;
    static final long INTERNAL_DATA = 40;
    static final int INTERNAL_MAX_DATA = 16;
    static final long SYSTEM_EVENT_TYPE = 32;

    /** kvm_run.io.direction of a guest {@code in}. */
    public static final int IO_IN = 0;
    /** kvm_run.io.direction of a guest {@code out}. */
    public static final int IO_OUT = 1;

    private final MemorySegment run;

    public KvmRun(MemorySegment run) {
        if (run.byteSize() < 2048) {
            throw new IllegalArgumentException("kvm_run mapping of " + run.byteSize() + " bytes is too small");
        }
        this.run = run;
    }

    public int exitReason() { return run.get(JAVA_INT, EXIT_REASON); }

    /** Sets kvm_run.immediate_exit: the next KVM_RUN returns EINTR at once instead of entering the guest. */
    public void requestImmediateExit() { run.set(JAVA_BYTE, IMMEDIATE_EXIT, (byte) 1); }

    public int ioDirection() { return run.get(JAVA_BYTE, IO_DIRECTION); }
    public int ioSize() { return Byte.toUnsignedInt(run.get(JAVA_BYTE, IO_SIZE)); }
    public int ioPort() { return Short.toUnsignedInt(run.get(JAVA_SHORT, IO_PORT)); }
    public int ioCount() { return run.get(JAVA_INT, IO_COUNT); }

    /**
     * The bytes of a port-I/O exit's data (count × size bytes inside the mapping), or null when the
     * kernel's offset and count do not fit the mapping.
     */
    public MemorySegment ioData() {
        long offset = run.get(JAVA_LONG, IO_DATA_OFFSET);
        long length = (long) ioSize() * Integer.toUnsignedLong(ioCount());
        if (offset < 0 || length < 0 || offset > run.byteSize() || length > run.byteSize() - offset) {
            return null;
        }
        return run.asSlice(offset, length);
    }

    public long mmioAddress() { return run.get(JAVA_LONG, MMIO_PHYS_ADDR); }
    public int mmioLength() { return run.get(JAVA_INT, MMIO_LEN); }
    public boolean mmioIsWrite() { return run.get(JAVA_BYTE, MMIO_IS_WRITE) != 0; }
    /** The 8 data bytes of an MMIO exit, little-endian. */
    public long mmioData() { return run.get(JAVA_LONG_UNALIGNED, MMIO_DATA); }
    public void setMmioData(long value) { run.set(JAVA_LONG_UNALIGNED, MMIO_DATA, value); }

    public long failEntryReason() { return run.get(JAVA_LONG, FAIL_ENTRY_REASON); }
    public int failEntryCpu() { return run.get(JAVA_INT, FAIL_ENTRY_CPU); }
    public int internalSuberror() { return run.get(JAVA_INT, INTERNAL_SUBERROR); }

    /** The data words of an internal-error exit (at most 16). */
    public long[] internalData() {
        int n = Math.clamp(Integer.toUnsignedLong(run.get(JAVA_INT, INTERNAL_NDATA)), 0, INTERNAL_MAX_DATA);
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
            data[i] = run.get(JAVA_LONG, INTERNAL_DATA + 8L * i);
        }
        return data;
    }

    public int systemEventType() { return run.get(JAVA_INT, SYSTEM_EVENT_TYPE); }
}
