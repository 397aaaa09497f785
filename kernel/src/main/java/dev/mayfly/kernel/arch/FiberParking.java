package dev.mayfly.kernel.arch;

import dev.mayfly.kernel.net.SocketHandle;
import dev.mayfly.kernel.net.ThreadParking;
import java.util.ArrayList;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.runtime.EventQueue;

/**
 * Parking of blocked socket calls inside the image: the thread suspends through the runtime's
 * {@code @Async} mechanism and is resumed by an EventQueue event — offered by {@link #unpark}, or
 * at its timeout. No monitor is involved, so the service never meets a monitor that a woken thread
 * is still re-acquiring (the runtime hands a notified monitor over through a later event).
 * Each parked thread is resumed exactly once.
 */
public final class FiberParking implements ThreadParking {
    /** One parked thread. */
    private static final class Parked implements EventQueue.Event {
        AsyncCallback<Void> callback;
        int timeoutId = -1;
        SocketHandle handle;

        @Override
        public void run() {
            resume(this);
        }
    }


    @Override
    public void park(SocketHandle h, int seenEpoch, long timeoutMillis) {
        if (h.epoch != seenEpoch) {
            return;
        }
        Parked p = new Parked();
        p.handle = h;
        suspend(p, timeoutMillis);
    }

    @Async
    private static native Void suspend(Parked p, long timeoutMillis);

    private static void suspend(Parked p, long timeoutMillis, AsyncCallback<Void> callback) {
        p.callback = callback;
        list(p.handle).add(p);
        if (timeoutMillis > 0) {
            p.timeoutId = EventQueue.offer(p, System.currentTimeMillis() + timeoutMillis);
        }
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<Parked> list(SocketHandle h) {
        if (h.parked == null) {
            h.parked = new ArrayList<Parked>();
        }
        return (ArrayList<Parked>) h.parked;
    }

    /** Resumes one parked thread (from an event), once. */
    private static void resume(Parked p) {
        AsyncCallback<Void> c = p.callback;
        if (c == null) {
            return;
        }
        p.callback = null;
        list(p.handle).remove(p);
        if (p.timeoutId >= 0) {
            EventQueue.kill(p.timeoutId);
            p.timeoutId = -1;
        }
        c.complete(null);
    }

    @Override
    public void unpark(SocketHandle h) {
        h.epoch++;
        if (h.parked == null) {
            return;
        }
        ArrayList<Parked> l = list(h);
        for (int i = 0; i < l.size(); i++) {
            Parked p = l.get(i);
            if (p.timeoutId >= 0) {
                EventQueue.kill(p.timeoutId);
            }
            p.timeoutId = EventQueue.offer(p, System.currentTimeMillis());   // resumed by its own event
        }
    }
}
