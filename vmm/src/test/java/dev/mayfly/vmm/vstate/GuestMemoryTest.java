package dev.mayfly.vmm.vstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuestMemoryTest {
    private final Arena arena = Arena.ofShared();
    private final GuestMemory memory = new GuestMemory(arena.allocate(4096, 4096));

    @AfterEach
    void close() {
        arena.close();
    }

    @Test
    void readsAndWritesLittleEndianValuesInside() {
        memory.putInt(4092, 0x11223344);
        assertEquals(0x44, memory.getByte(4092));
        assertEquals(0x11223344, memory.getInt(4092));
        memory.putLong(0, -2L);
        assertEquals(-2L, memory.getLong(0));
    }

    @Test
    void refusesAccessesReachingPastTheEnd() {
        assertThrows(GuestMemoryAccessException.class, () -> memory.getInt(4093));
        assertThrows(GuestMemoryAccessException.class, () -> memory.putLong(4089, 1));
        assertThrows(GuestMemoryAccessException.class, () -> memory.getByte(4096));
        assertThrows(GuestMemoryAccessException.class, () -> memory.slice(0, 4097));
    }

    @Test
    void refusesNegativeAndWrappingRanges() {
        assertThrows(GuestMemoryAccessException.class, () -> memory.getByte(-1));
        assertThrows(GuestMemoryAccessException.class, () -> memory.slice(16, Long.MAX_VALUE));
        assertThrows(GuestMemoryAccessException.class, () -> memory.slice(Long.MAX_VALUE, 2));
        assertThrows(GuestMemoryAccessException.class, () -> memory.write(4000, new byte[200], 0, 200));
    }

    @Test
    void containsTheEmptyRangeAtTheEnd() {
        assertTrue(memory.contains(4096, 0));
        assertFalse(memory.contains(4097, 0));
    }

    @Property(tries = 2000)
    void neverGrantsARangeOutsideRam(@ForAll long address, @ForAll long length) {
        boolean inside = address >= 0 && length >= 0 && address <= 4096 && address + length <= 4096 && address + length >= 0;
        assertEquals(inside, memory.contains(address, length));
        if (!inside) {
            assertThrows(GuestMemoryAccessException.class, () -> memory.slice(address, length));
        }
    }
}
