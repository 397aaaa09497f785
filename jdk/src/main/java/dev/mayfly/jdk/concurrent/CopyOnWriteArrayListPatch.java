package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * java.util.concurrent.CopyOnWriteArrayList's bulk operations as the JDK's: {@code removeIf},
 * {@code replaceAll} and {@code sort} (the compiler's class library inherits List's defaults, which
 * go through the snapshot iterator and so throw UnsupportedOperationException), and
 * {@code addAllAbsent}, which adds an element repeated within its argument once (the class library
 * added every repeat). Each computes the new contents from a snapshot and installs them without
 * suspending in between, so on Mayfly's cooperative threads no other thread sees a half-done list;
 * a function that throws leaves the list as it was.
 */
@PatchFor("java.util.concurrent.CopyOnWriteArrayList")
public final class CopyOnWriteArrayListPatch {
    private CopyOnWriteArrayListPatch() {
    }

    @InstanceMethod
    public static <E> boolean removeIf(CopyOnWriteArrayList<E> self, Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        List<E> kept = new ArrayList<>();
        boolean removed = false;
        for (E element : snapshot(self)) {
            if (filter.test(element)) {
                removed = true;
            } else {
                kept.add(element);
            }
        }
        if (removed) {
            replaceContents(self, kept);
        }
        return removed;
    }

    @InstanceMethod
    public static <E> void replaceAll(CopyOnWriteArrayList<E> self, UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        List<E> replaced = new ArrayList<>();
        for (E element : snapshot(self)) {
            replaced.add(operator.apply(element));
        }
        replaceContents(self, replaced);
    }

    @InstanceMethod
    @SuppressWarnings("unchecked")
    public static <E> void sort(CopyOnWriteArrayList<E> self, Comparator<? super E> comparator) {
        Object[] elements = self.toArray();
        Arrays.sort(elements, (Comparator<Object>) comparator);
        replaceContents(self, (List<E>) Arrays.asList(elements));
    }

    @InstanceMethod
    public static <E> int addAllAbsent(CopyOnWriteArrayList<E> self, Collection<? extends E> elements) {
        int added = 0;
        for (E element : elements) {
            if (self.addIfAbsent(element)) {
                added++;
            }
        }
        return added;
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> snapshot(CopyOnWriteArrayList<E> list) {
        return (List<E>) Arrays.asList(list.toArray());
    }

    private static <E> void replaceContents(CopyOnWriteArrayList<E> list, List<E> contents) {
        list.clear();
        list.addAll(contents);
    }
}
