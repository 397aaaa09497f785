package dev.mayfly.vmm.kvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KvmStructsTest {
    @Test
    void layoutsHaveTheSizesOfLinuxKvmHeader() {
        assertEquals(32, KvmStructs.USERSPACE_MEMORY_REGION.byteSize());
        assertEquals(144, KvmStructs.REGS.byteSize());
        assertEquals(24, KvmStructs.SEGMENT.byteSize());
        assertEquals(312, KvmStructs.SREGS.byteSize());
        assertEquals(40, KvmStructs.CPUID_ENTRY2.byteSize());
        assertEquals(64, KvmStructs.IOEVENTFD.byteSize());
        assertEquals(32, KvmStructs.IRQFD.byteSize());
        assertEquals(64, KvmStructs.PIT_CONFIG.byteSize());
    }

    @Test
    void fieldOffsetsMatchTheHeader() {
        assertEquals(128, KvmStructs.offset(KvmStructs.REGS, "rip"));
        assertEquals(192, KvmStructs.offset(KvmStructs.SREGS, "gdt"));
        assertEquals(264, KvmStructs.offset(KvmStructs.SREGS, "efer"));
        assertEquals(20, KvmStructs.offset(KvmStructs.IOEVENTFD, "fd"));
        assertEquals(4, KvmStructs.offset(KvmStructs.IRQFD, "gsi"));
    }

    @Test
    void everyIoctlNumberEncodesItsLayoutSize() {
        // class initialization checks each; touching the values runs it
        for (KvmIoctl ioctl : KvmIoctl.values()) {
            assertEquals(KvmIoctl.KVMIO, (ioctl.number() >>> 8) & 0xFF, ioctl.name());
        }
        assertEquals(312, KvmIoctl.sizeField(KvmIoctl.GET_SREGS.number()));
        assertEquals(0x4020AE46L, KvmIoctl.SET_USER_MEMORY_REGION.number());
    }
}
