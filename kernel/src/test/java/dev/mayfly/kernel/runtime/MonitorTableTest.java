package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MonitorTableTest {
    @Test
    void findsWhatWasPutByIdentityNotEquality() {
        String a = new String("same");
        String b = new String("same");
        Object monitor = new Object();
        MonitorTable.put(a, monitor);
        assertSame(monitor, MonitorTable.get(a));
        assertNull(MonitorTable.get(b));
        MonitorTable.put(a, null);
        assertNull(MonitorTable.get(a));
    }

    @Test
    void agreesWithAnIdentityMapUnderRandomPutsAndRemovals() {
        int before = MonitorTable.size();
        Random random = new Random(7);
        List<Object> objects = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            objects.add(new Object());
        }
        Map<Object, Object> model = new IdentityHashMap<>();
        for (int step = 0; step < 20_000; step++) {
            Object key = objects.get(random.nextInt(objects.size()));
            if (random.nextInt(3) == 0) {
                MonitorTable.put(key, null);
                model.remove(key);
            } else {
                Object monitor = new Object();
                MonitorTable.put(key, monitor);
                model.put(key, monitor);
            }
            if (step % 1000 == 0) {
                for (Object o : objects) {
                    assertSame(model.get(o), MonitorTable.get(o));
                }
            }
        }
        for (Object o : objects) {
            assertSame(model.get(o), MonitorTable.get(o));
            MonitorTable.put(o, null);
        }
        assertEquals(before, MonitorTable.size());
    }
}
