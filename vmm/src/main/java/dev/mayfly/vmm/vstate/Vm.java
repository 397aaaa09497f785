package dev.mayfly.vmm.vstate;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.mayfly.vmm.kvm.EventFd;
import dev.mayfly.vmm.kvm.Kvm;
import dev.mayfly.vmm.kvm.KvmIoctl;
import dev.mayfly.vmm.kvm.KvmStructs;
import dev.mayfly.vmm.kvm.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * A KVM virtual machine: its file descriptor, guest RAM, in-kernel interrupt controllers (PIC, IOAPIC,
 * LAPIC) and PIT ({@link #createPit}), and the eventfd routes that let devices skip Java on the data path.
 *
 * <p>All native memory of the VM (RAM, kvm_run mappings, ioctl buffers) belongs to one shared arena;
 * {@link #close} closes the vCPUs and the VM fd, then the arena, which unmaps the memory.
 */
public final class Vm implements AutoCloseable {
    /** KVM_PIT_SPEAKER_DUMMY: the in-kernel PIT also answers the PC speaker port 0x61. */
    private static final int PIT_SPEAKER_DUMMY = 1;
    private static final int MEMORY_SLOT_RAM = 0;

    private final Arena arena = Arena.ofShared();
    private final int fd;
    private final int vcpuMmapSize;
    private final GuestMemory memory;
    private final List<Vcpu> vcpus = new ArrayList<>();
    private boolean closed;

    private Vm(Kvm kvm, long ramBytes, boolean hugePages) {
        fd = kvm.createVm();
        try {
            vcpuMmapSize = kvm.vcpuMmapSize();
            // RAM first: once the irqchip exists, every memslot change waits for an SRCU grace period
            // (measured here: 7 ms instead of 0.2 ms).
            MemorySegment ram = Libc.map(ramBytes, Libc.MAP_PRIVATE | Libc.MAP_ANONYMOUS | Libc.MAP_NORESERVE, -1,
                    arena, "mmap of " + (ramBytes >> 20) + " MiB guest RAM");
            if (hugePages) {
                // Advice only: where THP is off or no huge page is free, the kernel falls back to 4 KiB pages.
                Libc.advise(ram, Libc.MADV_HUGEPAGE);
            }
            memory = new GuestMemory(ram);
            MemorySegment region = arena.allocate(KvmStructs.USERSPACE_MEMORY_REGION);
            region.set(JAVA_INT, KvmStructs.offset(KvmStructs.USERSPACE_MEMORY_REGION, "slot"), MEMORY_SLOT_RAM);
            region.set(JAVA_LONG, KvmStructs.offset(KvmStructs.USERSPACE_MEMORY_REGION, "guest_phys_addr"), 0L);
            region.set(JAVA_LONG, KvmStructs.offset(KvmStructs.USERSPACE_MEMORY_REGION, "memory_size"), ramBytes);
            region.set(JAVA_LONG, KvmStructs.offset(KvmStructs.USERSPACE_MEMORY_REGION, "userspace_addr"), memory.hostAddress());
            Libc.ioctl(fd, KvmIoctl.SET_USER_MEMORY_REGION, region);
            Libc.ioctl(fd, KvmIoctl.SET_TSS_ADDR, GuestAddressMap.KVM_TSS_ADDRESS);
            Libc.ioctl(fd, KvmIoctl.CREATE_IRQCHIP, 0L);
        } catch (RuntimeException | Error e) {
            Libc.close(fd);
            arena.close();
            throw e;
        }
    }

    /**
     * KVM_CREATE_PIT2: the in-kernel i8254 PIT (also answering the speaker port), once, before a vCPU
     * first runs. It may run on another thread while this one sets up the vCPU and loads the image: the
     * kernel starts a worker thread for the PIT and waits until it is scheduled (0.6-3 ms here). Not
     * synchronized, so that it does not hold up the VM's other calls; the caller waits for it before it
     * closes the VM.
     */
    public void createPit() {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment pit = call.allocate(KvmStructs.PIT_CONFIG);
            pit.set(JAVA_INT, 0, PIT_SPEAKER_DUMMY);
            Libc.ioctl(fd, KvmIoctl.CREATE_PIT2, pit);
        }
    }

    /**
     * Creates a VM with {@code ramBytes} of guest RAM at guest-physical address 0 (page multiple), the
     * in-kernel interrupt controllers, and no PIT yet ({@link #createPit}).
     *
     * @param hugePages back guest RAM with transparent huge pages (madvise MADV_HUGEPAGE). Guest page
     *     faults then populate 2 MiB at a time: on kvm-pvm the Mayfly kernel's start-up went from
     *     60–250 ms to 5–20 ms. The cost is host memory in 2 MiB steps instead of 4 KiB.
     */
    public static Vm create(Kvm kvm, long ramBytes, boolean hugePages) {
        return new Vm(kvm, ramBytes, hugePages);
    }

    public GuestMemory memory() {
        return memory;
    }

    /** The VM's arena, for buffers that must live exactly as long as the VM. */
    public Arena arena() {
        return arena;
    }

    /** KVM_CREATE_VCPU: vCPU {@code id} with its kvm_run mapping. */
    public synchronized Vcpu createVcpu(int id) {
        requireOpen();
        Vcpu vcpu = Vcpu.create(this, Libc.ioctl(fd, KvmIoctl.CREATE_VCPU, id), vcpuMmapSize);
        vcpus.add(vcpu);
        return vcpu;
    }

    /**
     * KVM_IRQ_LINE: drives interrupt line {@code irq} of the in-kernel PIC and IOAPIC to {@code high}.
     * Does nothing once the VM is closed (its fd number may already belong to another VM).
     */
    public synchronized void setIrqLine(int irq, boolean high) {
        if (closed) {
            return;
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment level = call.allocate(KvmStructs.IRQ_LEVEL);
            level.set(JAVA_INT, 0, irq);
            level.set(JAVA_INT, 4, high ? 1 : 0);
            Libc.ioctl(fd, KvmIoctl.IRQ_LINE, level);
        }
    }

    /**
     * KVM_IOEVENTFD: a guest write of {@code length} bytes to MMIO address {@code address} signals
     * {@code event} inside the kernel; the vCPU does not exit to the VMM.
     */
    public synchronized void addMmioEventFd(long address, int length, EventFd event) {
        requireOpen();
        try (Arena call = Arena.ofConfined()) {
            MemorySegment request = call.allocate(KvmStructs.IOEVENTFD);
            request.set(JAVA_LONG, KvmStructs.offset(KvmStructs.IOEVENTFD, "addr"), address);
            request.set(JAVA_INT, KvmStructs.offset(KvmStructs.IOEVENTFD, "len"), length);
            request.set(JAVA_INT, KvmStructs.offset(KvmStructs.IOEVENTFD, "fd"), event.fd());
            Libc.ioctl(fd, KvmIoctl.IOEVENTFD, request);
        }
    }

    /** KVM_IRQFD: signalling {@code event} pulses interrupt line {@code gsi} inside the kernel. */
    public synchronized void addIrqFd(int gsi, EventFd event) {
        requireOpen();
        try (Arena call = Arena.ofConfined()) {
            MemorySegment request = call.allocate(KvmStructs.IRQFD);
            request.set(JAVA_INT, KvmStructs.offset(KvmStructs.IRQFD, "fd"), event.fd());
            request.set(JAVA_INT, KvmStructs.offset(KvmStructs.IRQFD, "gsi"), gsi);
            Libc.ioctl(fd, KvmIoctl.IRQFD, request);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the VM is closed");
        }
    }

    /** Closes the vCPUs and the VM, then unmaps guest RAM; no thread may still use the VM. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Vcpu vcpu : vcpus) {
            vcpu.close();
        }
        Libc.close(fd);
        arena.close();
    }
}
