package dev.mayfly.vmm.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MmioBusTest {
    private final List<String> log = new ArrayList<>();
    private final MmioBus bus = new MmioBus();

    MmioBusTest() {
        bus.register(0xd000_0000L, 0x1000, new MmioDevice() {
            @Override
            public long read(long offset, int size) {
                log.add("read " + offset + "/" + size);
                return 0x55;
            }

            @Override
            public void write(long offset, int size, long value) {
                log.add("write " + offset + "/" + size + "=" + value);
            }
        });
    }

    @Test
    void routesAccessesInsideAWindowWithRelativeOffsets() {
        assertEquals(0x55, bus.read(0xd000_0ff8L, 8));
        bus.write(0xd000_0010L, 2, 0x1_2345L);
        assertEquals(List.of("read 4088/8", "write 16/2=9029"), log);
    }

    @Test
    void readsAllOnesWhereNoDeviceIs() {
        assertEquals(-1L, bus.read(0x0800_0000L, 4));
        bus.write(0xe000_0000L, 4, 1);
        assertEquals(List.of(), log);
        assertEquals(2, bus.unclaimedAccesses());
    }

    @Test
    void dropsAccessesStraddlingTheWindowEnd() {
        assertEquals(-1L, bus.read(0xd000_0ffcL, 8));
        bus.write(0xcfff_fffeL, 4, 1);
        assertEquals(List.of(), log);
    }

    @Test
    void dropsAccessesOfImpossibleSizes() {
        assertEquals(-1L, bus.read(0xd000_0000L, 3));
        bus.write(0xd000_0000L, 0, 1);
        bus.write(0xd000_0000L, 16, 1);
        bus.read(Long.MIN_VALUE, 4);
        bus.read(Long.MAX_VALUE, 8);
        assertEquals(List.of(), log);
    }

    @Test
    void refusesOverlappingWindows() {
        assertThrows(IllegalArgumentException.class, () -> bus.register(0xd000_0800L, 0x1000, null));
    }

    @Property(tries = 3000)
    void reachesTheDeviceOnlyWhenTheWholeAccessIsInsideItsWindow(@ForAll long address, @ForAll int size) {
        log.clear();
        long base = 0xd000_0000L;
        boolean validSize = size == 1 || size == 2 || size == 4 || size == 8;
        boolean inside = validSize && address >= base && address - base <= 0x1000 - size;
        bus.read(address, size);
        assertEquals(inside ? 1 : 0, log.size());
    }

    @Property(tries = 3000)
    void reachesTheDeviceForAccessesNearTheWindowEdges(@ForAll @net.jqwik.api.constraints.LongRange(min = -16, max = 16) long delta,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9) int size, @ForAll boolean atEnd) {
        log.clear();
        long address = (atEnd ? 0xd000_1000L : 0xd000_0000L) + delta;
        boolean validSize = size == 1 || size == 2 || size == 4 || size == 8;
        boolean inside = validSize && address >= 0xd000_0000L && address + size <= 0xd000_1000L;
        bus.write(address, size, 0);
        assertEquals(inside ? 1 : 0, log.size());
    }
}
