package org.teavm.runtime;

/**
 * Mayfly's repair of TeaVM 0.16.0's event queue (a Mayfly class, not TeaVM's; it sits in TeaVM's
 * runtime package only to reach the package-private {@code EventQueue.Node}).
 *
 * <p>The queue is a binary min-heap on each event's time. Removing an event from the middle —
 * {@code EventQueue.kill}, which every cancelled timeout does (a socket read woken before its
 * timeout, a {@code wait} notified before its deadline) — moves the last event into the hole and
 * only sifts it <em>down</em>. When that event is earlier than the hole's parent the heap is
 * broken: the root is no longer the earliest event, and the event loop sleeps until the root's
 * time (a 30 s read timeout, a 60 s standing event) while an event due now waits beneath it — the
 * stalls of up to 30 s under HTTP load. The image builder calls {@link #siftUp} right after that
 * sift-down, which restores the heap: an event that moved down is not earlier than its new parent,
 * and one that stayed moves up as far as it must.
 */
public final class MayflyEventQueueRepair {
    private MayflyEventQueueRepair() {
    }

    /** Moves {@code heap[index]} up while it is earlier than its parent. */
    public static void siftUp(EventQueue.Node[] heap, int index) {
        EventQueue.Node item = heap[index];
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (item.time >= heap[parent].time) {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = item;
    }
}
