package dev.mayfly.vmm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import dev.mayfly.vmm.devices.IoBus;
import dev.mayfly.vmm.devices.MmioBus;
import dev.mayfly.vmm.kvm.KvmExitReason;
import dev.mayfly.vmm.kvm.KvmRun;
import dev.mayfly.vmm.vstate.Vcpu;
import java.lang.foreign.MemorySegment;
import java.util.function.Supplier;

/**
 * The run loop of one vCPU: enter the guest with KVM_RUN, dispatch each exit to the I/O or MMIO bus,
 * and turn the exits that end the VM into an {@link ExitResult}. Runs on the vCPU's own platform thread.
 */
final class VcpuLoop {
    private final Vcpu vcpu;
    private final KvmRun run;
    private final IoBus ioBus;
    private final MmioBus mmioBus;
    private final Supplier<ExitReason> stopReason;
    private boolean guestExited;
    private int guestStatus;

    VcpuLoop(Vcpu vcpu, IoBus ioBus, MmioBus mmioBus, Supplier<ExitReason> stopReason) {
        this.vcpu = vcpu;
        this.run = vcpu.kvmRun();
        this.ioBus = ioBus;
        this.mmioBus = mmioBus;
        this.stopReason = stopReason;
    }

    /** Called by the exit port, on this loop's thread: the guest asked to end with {@code status}. */
    void guestExit(int status) {
        if (!guestExited) {
            guestExited = true;
            guestStatus = status;
        }
    }

    ExitResult run() {
        vcpu.attachRunThread();
        try {
            while (true) {
                if (guestExited) {
                    return ExitResult.guestExit(guestStatus);
                }
                if (vcpu.stopRequested()) {
                    return ExitResult.of(stopReason.get(), "");
                }
                int reason = vcpu.run();
                switch (reason) {
                    case Vcpu.INTERRUPTED, KvmExitReason.INTR -> { }
                    case KvmExitReason.IO -> handleIo();
                    case KvmExitReason.MMIO -> handleMmio();
                    case KvmExitReason.SHUTDOWN -> {
                        return crash(ExitReason.SHUTDOWN, "the guest shut down (KVM_EXIT_SHUTDOWN: a triple fault, or a reset request)");
                    }
                    case KvmExitReason.FAIL_ENTRY -> {
                        return crash(ExitReason.FAIL_ENTRY, String.format(
                                "KVM could not enter the guest (KVM_EXIT_FAIL_ENTRY, hardware reason 0x%x, cpu %d)",
                                run.failEntryReason(), run.failEntryCpu()));
                    }
                    case KvmExitReason.INTERNAL_ERROR -> {
                        StringBuilder data = new StringBuilder();
                        for (long d : run.internalData()) {
                            data.append(String.format(" 0x%x", d));
                        }
                        return crash(ExitReason.INTERNAL_ERROR, String.format(
                                "KVM could not continue the guest (KVM_EXIT_INTERNAL_ERROR, suberror %d, data%s)",
                                run.internalSuberror(), data.length() == 0 ? " none" : data));
                    }
                    case KvmExitReason.SYSTEM_EVENT -> {
                        return crash(ExitReason.SHUTDOWN, "the guest requested a system event (KVM_EXIT_SYSTEM_EVENT type "
                                + run.systemEventType() + ")");
                    }
                    case KvmExitReason.HLT -> {
                        return crash(ExitReason.VMM_ERROR, "the guest halted and nothing can wake it (KVM_EXIT_HLT)");
                    }
                    default -> {
                        return crash(ExitReason.VMM_ERROR, "unexpected " + KvmExitReason.name(reason));
                    }
                }
            }
        } catch (RuntimeException e) {
            return crash(ExitReason.VMM_ERROR, "the VMM failed while running the guest: " + e.getMessage());
        } finally {
            vcpu.detachRunThread();
        }
    }

    private ExitResult crash(ExitReason reason, String what) {
        return ExitResult.of(reason, what + "\n" + vcpu.describeRegisters());
    }

    private void handleIo() {
        MemorySegment data = run.ioData();
        int size = run.ioSize();
        if (data == null || (size != 1 && size != 2 && size != 4)) {
            throw new IllegalStateException("KVM reported a malformed port-I/O exit");
        }
        int port = run.ioPort();
        int count = (int) (data.byteSize() / size);
        boolean out = run.ioDirection() == KvmRun.IO_OUT;
        for (int i = 0; i < count; i++) {
            long at = (long) i * size;
            if (out) {
                long value = switch (size) {
                    case 1 -> Byte.toUnsignedLong(data.get(JAVA_BYTE, at));
                    case 2 -> Short.toUnsignedLong(data.get(JAVA_SHORT_UNALIGNED, at));
                    default -> Integer.toUnsignedLong(data.get(JAVA_INT_UNALIGNED, at));
                };
                ioBus.write(port, size, value);
            } else {
                long value = ioBus.read(port, size);
                switch (size) {
                    case 1 -> data.set(JAVA_BYTE, at, (byte) value);
                    case 2 -> data.set(JAVA_SHORT_UNALIGNED, at, (short) value);
                    default -> data.set(JAVA_INT_UNALIGNED, at, (int) value);
                }
            }
        }
    }

    private void handleMmio() {
        long address = run.mmioAddress();
        int length = run.mmioLength();
        if (run.mmioIsWrite()) {
            mmioBus.write(address, length, run.mmioData());
        } else {
            run.setMmioData(mmioBus.read(address, length));
        }
    }
}
