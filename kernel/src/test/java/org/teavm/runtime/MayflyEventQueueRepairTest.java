package org.teavm.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * TeaVM 0.16.0's own {@code EventQueue.remove}, run here on HotSpot through reflection, followed
 * by the repair the image builder inserts after its sift-down: the queue stays a min-heap.
 */
class MayflyEventQueueRepairTest {
    private static final Event NOTHING = () -> { };

    @Test
    void teaVmsRemoveAloneBreaksTheHeap() throws Exception {
        // Left subtree late, right subtree early; removing a deep left node moves the last (early)
        // node under a late parent, where the sift-down leaves it.
        long[] times = {1, 100, 2, 101, 102, 3, 4};
        load(times);
        remove(3, false);
        assertFalse(isHeap(), "without the repair the early event hides under a late one");
    }

    @Test
    void removeWithTheRepairKeepsTheHeap() throws Exception {
        load(new long[] {1, 100, 2, 101, 102, 3, 4});
        remove(3, true);
        assertTrue(isHeap());
    }

    @Property(tries = 300)
    void anyRemovalsKeepTheHeap(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1000) Integer> times,
                                @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 39) Integer> removals)
            throws Exception {
        load(new long[0]);
        for (Integer t : times) {
            offerWithoutInterrupt(t);
        }
        assertTrue(isHeap(), "offers build a heap");
        for (int r : removals) {
            int size = size();
            if (size == 0) {
                break;
            }
            remove(r % size, true);
            assertTrue(isHeap(), "after removing index " + (r % size));
        }
    }

    private static void load(long[] times) throws Exception {
        EventQueue.Node[] nodes = new EventQueue.Node[Math.max(16, times.length)];
        for (int i = 0; i < times.length; i++) {
            nodes[i] = new EventQueue.Node(i, NOTHING, times[i]);
        }
        field("data").set(null, nodes);
        field("size").setInt(null, times.length);
    }

    /** EventQueue.offer's sift-up without its native wake-up call. */
    private static void offerWithoutInterrupt(long time) throws Exception {
        EventQueue.Node[] data = (EventQueue.Node[]) field("data").get(null);
        int size = size();
        if (size == data.length) {
            data = java.util.Arrays.copyOf(data, size * 2);
            field("data").set(null, data);
        }
        data[size] = new EventQueue.Node(size, NOTHING, time);
        MayflyEventQueueRepair.siftUp(data, size);
        field("size").setInt(null, size + 1);
    }

    private static void remove(int index, boolean repaired) throws Exception {
        Method remove = EventQueue.class.getDeclaredMethod("remove", int.class);
        remove.setAccessible(true);
        remove.invoke(null, index);
        if (repaired && index < size()) {
            MayflyEventQueueRepair.siftUp((EventQueue.Node[]) field("data").get(null), index);
        }
    }

    private static boolean isHeap() throws Exception {
        EventQueue.Node[] data = (EventQueue.Node[]) field("data").get(null);
        int size = size();
        for (int i = 1; i < size; i++) {
            if (data[i].time < data[(i - 1) / 2].time) {
                return false;
            }
        }
        return true;
    }

    private static int size() throws Exception {
        return field("size").getInt(null);
    }

    private static Field field(String name) throws Exception {
        Field f = EventQueue.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private interface Event extends EventQueue.Event {
    }
}
