package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.mayfly.vmm.KvmUnavailableException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * An open handle on {@code /dev/kvm}, the KVM system device: checks the API version and answers the
 * system-wide questions (vCPU mapping size, supported CPUID) that VM setup needs.
 */
public final class Kvm implements AutoCloseable {
    /** The default device path. */
    public static final String DEVICE = "/dev/kvm";
    /** The only stable KVM API version (KVM_GET_API_VERSION, Documentation/virt/kvm/api.rst §4.1). */
    public static final int API_VERSION = 12;

    private static final int FIRST_CPUID_GUESS = 128;
    private static final int MAX_CPUID_ENTRIES = 4096;

    /** The host's supported CPUID never changes while the process lives; asking KVM costs about a millisecond. */
    private static volatile byte[] supportedCpuidCache;

    private final int fd;

    private Kvm(int fd) {
        this.fd = fd;
    }

    /**
     * Opens {@code /dev/kvm} and checks its API version and every {@link KvmCapability}; a missing,
     * forbidden or insufficient device is a {@link KvmUnavailableException}.
     */
    public static Kvm open() {
        return open(DEVICE);
    }

    /** Opens the KVM device at {@code path}; a missing or forbidden device is a {@link KvmUnavailableException}. */
    public static Kvm open(String path) {
        int fd;
        try {
            fd = Libc.openReadWrite(path, "open " + path);
        } catch (KvmCallException e) {
            throw switch (e.errno()) {
                case Errno.ENOENT, Errno.ENODEV, Errno.ENXIO -> new KvmUnavailableException(
                        path + " does not exist: this host offers no KVM (run the image under QEMU TCG instead)");
                case Errno.EACCES, Errno.EPERM -> new KvmUnavailableException(
                        "permission denied on " + path + ": run as root or join the group that owns it (usually kvm)");
                default -> new KvmUnavailableException("cannot open " + path + ": " + e.getMessage());
            };
        }
        Kvm kvm = new Kvm(fd);
        int version;
        try {
            version = Libc.ioctl(fd, KvmIoctl.GET_API_VERSION, 0L);
        } catch (KvmCallException e) {
            kvm.close();
            throw new KvmUnavailableException(path + " is not a KVM device: " + e.getMessage());
        }
        if (version != API_VERSION) {
            kvm.close();
            throw new KvmUnavailableException(path + " speaks KVM API " + version + ", the VMM needs " + API_VERSION);
        }
        for (KvmCapability capability : KvmCapability.values()) {
            if (Libc.ioctlOrErrno(fd, KvmIoctl.CHECK_EXTENSION, capability.number()) <= 0) {
                kvm.close();
                throw new KvmUnavailableException(path + " lacks KVM_CAP_" + capability.name() + ", which the VMM needs");
            }
        }
        return kvm;
    }

    /** The file descriptor, for KVM_CREATE_VM. */
    public int fd() {
        return fd;
    }

    /** KVM_CREATE_VM: a new VM's file descriptor (type 0, the default machine). */
    public int createVm() {
        return Libc.ioctl(fd, KvmIoctl.CREATE_VM, 0L);
    }

    /** KVM_GET_VCPU_MMAP_SIZE: the size of each vCPU's shared kvm_run mapping. */
    public int vcpuMmapSize() {
        return Libc.ioctl(fd, KvmIoctl.GET_VCPU_MMAP_SIZE, 0L);
    }

    /**
     * KVM_GET_SUPPORTED_CPUID: a kvm_cpuid2 with every leaf the host can offer a guest, allocated in
     * {@code arena} and ready to pass to KVM_SET_CPUID2. Asked once per process, then copied.
     */
    public MemorySegment supportedCpuid(Arena arena) {
        byte[] cached = supportedCpuidCache;
        if (cached == null) {
            try (Arena scratch = Arena.ofConfined()) {
                cached = querySupportedCpuid(scratch).toArray(JAVA_BYTE);
            }
            supportedCpuidCache = cached;
        }
        MemorySegment table = arena.allocate(cached.length, 8);
        MemorySegment.copy(cached, 0, table, JAVA_BYTE, 0, cached.length);
        return table;
    }

    private MemorySegment querySupportedCpuid(Arena arena) {
        for (int entries = FIRST_CPUID_GUESS; entries <= MAX_CPUID_ENTRIES; entries *= 2) {
            MemorySegment table = arena.allocate(KvmStructs.CPUID2.byteSize() + entries * KvmStructs.CPUID_ENTRY2.byteSize(), 8);
            table.set(JAVA_INT, KvmStructs.offset(KvmStructs.CPUID2, "nent"), entries);
            try {
                Libc.ioctl(fd, KvmIoctl.GET_SUPPORTED_CPUID, table);
                return table;
            } catch (KvmCallException e) {
                if (e.errno() != Errno.E2BIG) {
                    throw e;
                }
            }
        }
        throw new KvmCallException("KVM_GET_SUPPORTED_CPUID", Errno.E2BIG);
    }

    @Override
    public void close() {
        Libc.close(fd);
    }
}
