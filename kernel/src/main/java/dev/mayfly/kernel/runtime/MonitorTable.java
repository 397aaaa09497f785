package dev.mayfly.kernel.runtime;

/**
 * Where {@code synchronized}, {@code wait} and {@code notify} keep an object's monitor: an
 * identity table from object to monitor, which the image builder links in place of TeaVM 0.16.0's
 * {@code Object.monitor} field.
 *
 * <p>TeaVM's C target keeps that field inside the object header, packed into the identity hash
 * word, where its collector does not look: a monitor that lives across a collection (a lock held
 * while another thread waits, or while the holder allocates) is freed and its memory reused, and
 * a moved monitor is never updated — the conformance suite's crashes in ThreadsJoin and
 * PingPong-style code. Here the table is a static field, so its monitors are ordinary reachable
 * objects that the collector keeps and updates. The table also keeps each object whose monitor is
 * in use alive, which the JVM does too (a thread that holds or waits for a lock refers to it).
 *
 * <p>Threads are cooperative (one core, no preemption) and nothing here suspends, so no
 * operation is interrupted half-way. Open addressing with linear probing; removal shifts entries
 * back, so there are no tombstones.
 */
public final class MonitorTable {
    private static final int INITIAL_CAPACITY = 64;

    private static Object[] keys = new Object[INITIAL_CAPACITY];
    private static Object[] monitors = new Object[INITIAL_CAPACITY];
    private static int size;

    private MonitorTable() {
    }

    /** The monitor of {@code object}, or null when it has none. */
    public static Object get(Object object) {
        Object[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(object, mask); ; i = (i + 1) & mask) {
            Object key = k[i];
            if (key == object) {
                return monitors[i];
            }
            if (key == null) {
                return null;
            }
        }
    }

    /** Sets the monitor of {@code object}; null removes it. */
    public static void put(Object object, Object monitor) {
        if (monitor == null) {
            remove(object);
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        Object[] k = keys;
        int mask = k.length - 1;
        int i = slot(object, mask);
        while (k[i] != null && k[i] != object) {
            i = (i + 1) & mask;
        }
        if (k[i] == null) {
            k[i] = object;
            size++;
        }
        monitors[i] = monitor;
    }

    /** How many objects have a monitor now. */
    public static int size() {
        return size;
    }

    private static void remove(Object object) {
        Object[] k = keys;
        Object[] m = monitors;
        int mask = k.length - 1;
        int i = slot(object, mask);
        while (k[i] != object) {
            if (k[i] == null) {
                return;
            }
            i = (i + 1) & mask;
        }
        k[i] = null;
        m[i] = null;
        size--;
        // Shift back the entries of the same probe run that would now be unreachable.
        for (int j = (i + 1) & mask; k[j] != null; j = (j + 1) & mask) {
            int home = slot(k[j], mask);
            boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (movable) {
                k[i] = k[j];
                m[i] = m[j];
                k[j] = null;
                m[j] = null;
                i = j;
            }
        }
    }

    private static void grow() {
        Object[] oldKeys = keys;
        Object[] oldMonitors = monitors;
        keys = new Object[oldKeys.length * 2];
        monitors = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldMonitors[i]);
            }
        }
    }

    private static int slot(Object object, int mask) {
        int h = System.identityHashCode(object);
        return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
    }
}
