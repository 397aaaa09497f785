package dev.mayfly.net.storage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Ring buffers and the reassembly record. */
class StorageTest {

    @Property(tries = 300)
    void ringBufferBehavesLikeAQueue(@ForAll @IntRange(min = 1, max = 64) int capacity,
                                     @ForAll @Size(max = 60) List<@IntRange(min = -40, max = 40) Integer> ops) {
        RingBuffer ring = new RingBuffer(capacity);
        ArrayDeque<Byte> model = new ArrayDeque<>();
        byte next = 0;
        byte[] tmp = new byte[64];
        for (int op : ops) {
            if (op >= 0) {
                for (int i = 0; i < op; i++) tmp[i] = next++;
                int n = ring.write(tmp, 0, op);
                assertEquals(Math.min(op, capacity - model.size()), n);
                for (int i = 0; i < n; i++) model.add(tmp[i]);
                next = (byte) (next - (op - n));
            } else {
                int n = ring.read(tmp, 0, -op);
                assertEquals(Math.min(-op, model.size()), n);
                for (int i = 0; i < n; i++) assertEquals(model.poll(), tmp[i]);
            }
            assertEquals(model.size(), ring.length());
        }
    }

    @Test
    void ringBufferStoresOutOfOrderBytesPastTheEnd() {
        RingBuffer ring = new RingBuffer(8);
        ring.write(new byte[] {1, 2, 3}, 0, 3);
        byte[] out = new byte[8];
        ring.read(out, 0, 3); // empty, read position mid-array
        assertEquals(2, ring.writeAt(2, new byte[] {7, 8}, 0, 2));
        ring.write(new byte[] {5, 6}, 0, 2);
        ring.commit(2);
        assertEquals(4, ring.read(out, 0, 8));
        assertArrayEquals(new byte[] {5, 6, 7, 8}, java.util.Arrays.copyOf(out, 4));
    }

    @Test
    void ringBufferPeeksAtOffsetAcrossTheWrap() {
        RingBuffer ring = new RingBuffer(4);
        ring.write(new byte[] {1, 2, 3}, 0, 3);
        ring.discard(2);
        ring.write(new byte[] {4, 5, 6}, 0, 3);
        byte[] out = new byte[4];
        assertEquals(3, ring.peek(1, out, 0, 4));
        assertArrayEquals(new byte[] {4, 5, 6, 0}, out);
    }

    @Property(tries = 500)
    void assemblerReportsExactlyTheContiguousPrefix(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 100) Integer> starts,
                                                    @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 20) Integer> lengths) {
        Assembler a = new Assembler(64);
        boolean[] have = new boolean[200];
        int n = Math.min(starts.size(), lengths.size());
        for (int i = 0; i < n; i++) {
            assertTrue(a.add(starts.get(i), lengths.get(i)));
            for (int j = starts.get(i); j < starts.get(i) + lengths.get(i); j++) have[j] = true;
        }
        int expected = 0;
        while (have[expected]) expected++;
        assertEquals(expected, a.takeFront());
        for (int j = expected; j < 200; j++) {
            assertEquals(have[j], a.contains(j - expected), "offset " + j);
        }
    }

    @Test
    void assemblerRefusesRangeBeyondItsCapacity() {
        Assembler a = new Assembler(2);
        assertTrue(a.add(10, 1));
        assertTrue(a.add(20, 1));
        assertFalse(a.add(30, 1));
        assertTrue(a.add(11, 9)); // merges the two ranges
        assertEquals(1, a.rangeCount());
        assertTrue(a.add(0, 10));
        assertEquals(21, a.takeFront());
    }

    @Test
    void packetRingKeepsDatagramsInOrder() {
        PacketRing r = new PacketRing(2, 4);
        assertTrue(r.offer(new byte[] {1}, 0, 1, 7, 8));
        assertTrue(r.offer(new byte[] {2, 3}, 0, 2, 9, 10));
        assertFalse(r.offer(new byte[] {4}, 0, 1, 0, 0));
        assertEquals(1, r.peekLength());
        assertEquals(7, r.peekAddress());
        r.remove();
        assertEquals(2, r.peekLength());
        assertFalse(r.offer(new byte[5], 0, 5, 0, 0) && false);
    }
}
