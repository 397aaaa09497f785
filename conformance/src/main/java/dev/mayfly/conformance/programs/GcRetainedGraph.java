package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercises the garbage collector with a medium-lived object graph: a sliding window of session
 * objects (maps, lists, strings) is continually created and expired so objects survive several
 * collections before dying, while the live set stays bounded.
 */
public class GcRetainedGraph {

    static final class Session {
        final long id;
        final Map<String, String> attributes = new HashMap<>();
        final List<int[]> history = new ArrayList<>();

        Session(long id) {
            this.id = id;
            for (int i = 0; i < 8; i++) {
                attributes.put("k" + i, "value-" + id + "-" + i);
            }
        }

        void touch(int step) {
            history.add(new int[] {step, (int) id, step ^ (int) id});
            if (history.size() > 16) {
                history.remove(0);
            }
        }

        long digest() {
            long d = id;
            for (int[] h : history) {
                d = d * 31 + h[2];
            }
            return d + attributes.get("k3").length();
        }
    }

    public static void main(String[] args) {
        Session[] window = new Session[2_000];
        long digest = 0;
        long created = 0;
        for (int step = 0; step < 300_000; step++) {
            int slot = (int) ((step * 2654435761L) % window.length);
            if (window[slot] == null || step % 3 == 0) {
                if (window[slot] != null) {
                    digest += window[slot].digest();
                }
                window[slot] = new Session(created++);
            }
            window[slot].touch(step);
        }
        for (Session s : window) {
            if (s != null) {
                digest += s.digest();
            }
        }
        System.out.println("sessions created " + created);
        System.out.println("digest " + digest);
    }
}
