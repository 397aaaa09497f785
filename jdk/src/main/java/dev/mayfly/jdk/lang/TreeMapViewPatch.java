package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;
import java.util.NavigableMap;

/**
 * The range check of a TreeMap sub-map's {@code put} with the JDK's message ("key out of range");
 * the class library's view threw without one. The view's bounds are private to it, so the check
 * asks the view itself: {@code tailMap(key, true)} of a view rejects exactly the keys its
 * {@code put} rejects.
 */
@PatchFor("java.util.TreeMap$MapView")
public final class TreeMapViewPatch {
    private TreeMapViewPatch() {
    }

    /** Runs before the view's {@code put}. */
    @InstanceMethod
    @Prologue
    public static void put(NavigableMap<Object, Object> self, Object key, Object value) {
        try {
            self.tailMap(key, true);
        } catch (IllegalArgumentException outside) {
            throw new IllegalArgumentException("key out of range");
        }
    }
}
