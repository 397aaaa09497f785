package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
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
    void everyMembersOffsetIsTheOneALayoutPathGives() throws IllegalAccessException {
        List<GroupLayout> layouts = new ArrayList<>(List.of(Linker.Option.captureStateLayout()));
        for (Field field : KvmStructs.class.getFields()) {
            if (field.get(null) instanceof GroupLayout layout) {
                layouts.add(layout);
            }
        }
        for (GroupLayout layout : layouts) {
            assertMembersAgree(layout, layout, new ArrayList<>());
        }
    }

    @Test
    void unionMembersStartAtTheUnionsOffset() {
        StructLayout withUnion = MemoryLayout.structLayout(JAVA_INT.withName("tag"), MemoryLayout.paddingLayout(4),
                MemoryLayout.unionLayout(JAVA_INT.withName("i"), JAVA_LONG.withName("l")).withName("u"));
        assertEquals(8, KvmStructs.offset(withUnion, "u", "l"));
        assertEquals(8, KvmStructs.offset(withUnion, "u", "i"));
    }

    @Test
    void anUnknownMemberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KvmStructs.offset(KvmStructs.REGS, "nosuch"));
        assertThrows(IllegalArgumentException.class, () -> KvmStructs.offset(KvmStructs.REGS, "rip", "deeper"));
    }

    private static void assertMembersAgree(GroupLayout root, GroupLayout group, List<String> prefix) {
        for (MemoryLayout member : group.memberLayouts()) {
            if (member.name().isEmpty()) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(member.name().get());
            MemoryLayout.PathElement[] elements = path.stream().map(MemoryLayout.PathElement::groupElement)
                    .toArray(MemoryLayout.PathElement[]::new);
            assertEquals(root.byteOffset(elements), KvmStructs.offset(root, path.toArray(String[]::new)), root + " " + path);
            if (member instanceof GroupLayout nested) {
                assertMembersAgree(root, nested, path);
            }
        }
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
