package dev.mayfly.vmm.vstate;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.mayfly.vmm.kvm.Errno;
import dev.mayfly.vmm.kvm.KvmCallException;
import dev.mayfly.vmm.kvm.KvmIoctl;
import dev.mayfly.vmm.kvm.KvmRun;
import dev.mayfly.vmm.kvm.KvmStructs;
import dev.mayfly.vmm.kvm.Libc;
import dev.mayfly.vmm.kvm.ThreadKick;
import java.lang.foreign.MemorySegment;

/**
 * A virtual CPU: its file descriptor, its kvm_run mapping, and register access.
 *
 * <p>It runs on exactly one platform thread, which calls {@link #attachRunThread} before its first
 * {@link #run} and {@link #detachRunThread} after its last. {@link #stop} may be called from any thread:
 * it makes the current or next KVM_RUN return at once.
 */
public final class Vcpu implements AutoCloseable {
    /** What {@link #run} returns when KVM_RUN was interrupted (a signal, or immediate_exit) instead of exiting. */
    public static final int INTERRUPTED = -1;

    private static final String[] REGISTER_NAMES = {"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rbp",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags"};

    private final Vm vm;
    private final int fd;
    private final KvmRun run;
    private final MemorySegment regs;
    private final MemorySegment sregs;
    private final Object lifecycle = new Object();
    private ThreadKick kick;
    private boolean runThreadAttached;
    private boolean stopRequested;
    private boolean closed;

    private Vcpu(Vm vm, int fd, int mmapSize) {
        this.vm = vm;
        this.fd = fd;
        try {
            this.run = new KvmRun(Libc.map(mmapSize, Libc.MAP_SHARED, fd, vm.arena(), "mmap kvm_run"));
        } catch (RuntimeException e) {
            Libc.close(fd);
            throw e;
        }
        this.regs = vm.arena().allocate(KvmStructs.REGS);
        this.sregs = vm.arena().allocate(KvmStructs.SREGS);
    }

    static Vcpu create(Vm vm, int fd, int mmapSize) {
        return new Vcpu(vm, fd, mmapSize);
    }

    public KvmRun kvmRun() {
        return run;
    }

    /** KVM_SET_CPUID2 with a kvm_cpuid2 table (as KVM_GET_SUPPORTED_CPUID returned it). */
    public void setCpuid(MemorySegment cpuid2) {
        Libc.ioctl(fd, KvmIoctl.SET_CPUID2, cpuid2);
    }

    /** KVM_GET_TSC_KHZ: the guest's TSC frequency in kHz. */
    public int tscKhz() {
        return Libc.ioctl(fd, KvmIoctl.GET_TSC_KHZ, 0L);
    }

    /** KVM_GET_REGS into this vCPU's kvm_regs buffer, which is returned (valid until the next call). */
    public MemorySegment readRegisters() {
        Libc.ioctl(fd, KvmIoctl.GET_REGS, regs);
        return regs;
    }

    /** KVM_SET_REGS from the buffer {@link #readRegisters} returned. */
    public void writeRegisters() {
        Libc.ioctl(fd, KvmIoctl.SET_REGS, regs);
    }

    /** KVM_GET_SREGS into this vCPU's kvm_sregs buffer, which is returned (valid until the next call). */
    public MemorySegment readSpecialRegisters() {
        Libc.ioctl(fd, KvmIoctl.GET_SREGS, sregs);
        return sregs;
    }

    /** KVM_SET_SREGS from the buffer {@link #readSpecialRegisters} returned. */
    public void writeSpecialRegisters() {
        Libc.ioctl(fd, KvmIoctl.SET_SREGS, sregs);
    }

    /** Makes the calling thread this vCPU's run thread: blocks the kick signal and hands KVM the mask to run with. */
    public void attachRunThread() {
        ThreadKick threadKick = ThreadKick.forCurrentThread(vm.arena());
        Libc.ioctl(fd, KvmIoctl.SET_SIGNAL_MASK, threadKick.kvmSignalMask());
        synchronized (lifecycle) {
            kick = threadKick;
            runThreadAttached = true;
            if (stopRequested) {
                run.requestImmediateExit();
            }
        }
    }

    /** Ends the run thread's tenure: no more kicks are sent to it, and a pending one is consumed. */
    public void detachRunThread() {
        ThreadKick threadKick;
        synchronized (lifecycle) {
            runThreadAttached = false;
            threadKick = kick;
        }
        if (threadKick != null) {
            threadKick.drain();
        }
    }

    /** KVM_RUN once: returns kvm_run.exit_reason, or {@link #INTERRUPTED}. */
    public int run() {
        int result = Libc.ioctlOrErrno(fd, KvmIoctl.RUN, 0L);
        if (result >= 0) {
            return run.exitReason();
        }
        if (result == -Errno.EINTR || result == -Errno.EAGAIN) {
            return INTERRUPTED;
        }
        throw new KvmCallException("KVM_RUN", -result);
    }

    /** Whether {@link #stop} has been called. */
    public boolean stopRequested() {
        synchronized (lifecycle) {
            return stopRequested;
        }
    }

    /** Makes the running (or next) KVM_RUN return {@link #INTERRUPTED}; callable from any thread. */
    public void stop() {
        synchronized (lifecycle) {
            if (stopRequested || closed) {
                stopRequested = true;
                return;
            }
            stopRequested = true;
            run.requestImmediateExit();
            if (runThreadAttached) {
                kick.kick();
            }
        }
    }

    /** A multi-line dump of the general, segment and control registers, for crash reports. */
    public String describeRegisters() {
        StringBuilder out = new StringBuilder();
        try {
            readRegisters();
            for (int i = 0; i < REGISTER_NAMES.length; i++) {
                out.append(String.format("%-6s 0x%016x", REGISTER_NAMES[i], regs.get(JAVA_LONG, 8L * i)));
                out.append(i % 3 == 2 ? '\n' : ' ');
            }
            readSpecialRegisters();
            for (String control : new String[] {"cr0", "cr2", "cr3", "cr4", "efer"}) {
                out.append(String.format("%-6s 0x%016x ", control, sregs.get(JAVA_LONG, KvmStructs.offset(KvmStructs.SREGS, control))));
            }
            out.append('\n');
            for (String segment : new String[] {"cs", "ss", "ds"}) {
                long base = KvmStructs.offset(KvmStructs.SREGS, segment);
                out.append(String.format("%s=0x%04x (dpl %d, l %d, db %d) ", segment,
                        Short.toUnsignedInt(sregs.get(JAVA_SHORT, base + 12)), sregs.get(JAVA_BYTE, base + 16),
                        sregs.get(JAVA_BYTE, base + 19), sregs.get(JAVA_BYTE, base + 17)));
            }
            long gdt = KvmStructs.offset(KvmStructs.SREGS, "gdt");
            long idt = KvmStructs.offset(KvmStructs.SREGS, "idt");
            out.append(String.format("gdt=0x%x/%d idt=0x%x/%d", sregs.get(JAVA_LONG, gdt), Short.toUnsignedInt(sregs.get(JAVA_SHORT, gdt + 8)),
                    sregs.get(JAVA_LONG, idt), Short.toUnsignedInt(sregs.get(JAVA_SHORT, idt + 8))));
        } catch (RuntimeException e) {
            out.append("(registers unavailable: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Libc.close(fd);
    }
}
