package dev.mayfly.conformance.programs;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CopyOnWriteArrayList's bulk operations and snapshot iteration: removeIf, replaceAll, sort,
 * addAllAbsent with repeats inside its argument, addIfAbsent, an iterator that keeps the contents
 * it started with while the list changes, and the iterator's refusal to remove.
 */
public class CopyOnWriteLists {
    public static void main(String[] args) {
        CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>(List.of("pear", "fig", "apple", "kiwi", "fig"));
        System.out.println("start " + list);
        System.out.println("removeIf length 3: " + list.removeIf(s -> s.length() == 3) + " -> " + list);
        System.out.println("removeIf none: " + list.removeIf(String::isEmpty) + " -> " + list);
        list.replaceAll(String::toUpperCase);
        System.out.println("replaceAll upper: " + list);
        list.sort(null);
        System.out.println("sort natural: " + list);
        list.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("sort by length, then reversed: " + list);
        System.out.println("addAllAbsent [KIWI, plum, plum, date, PEAR, date]: "
                + list.addAllAbsent(List.of("KIWI", "plum", "plum", "date", "PEAR", "date")) + " -> " + list);
        System.out.println("addIfAbsent plum: " + list.addIfAbsent("plum") + ", fig: " + list.addIfAbsent("fig") + " -> " + list);

        Iterator<String> snapshot = list.iterator();
        list.add("late");
        list.remove("KIWI");
        StringBuilder seen = new StringBuilder();
        snapshot.forEachRemaining(s -> seen.append(s).append(' '));
        System.out.println("iterator made before the changes saw: " + seen.toString().trim());
        System.out.println("list after the changes: " + list);
        Iterator<String> it = list.iterator();
        it.next();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove: UnsupportedOperationException, message " + e.getMessage());
        }
        java.util.ListIterator<String> listIterator = list.listIterator();
        listIterator.next();
        try {
            listIterator.set("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("list iterator set: UnsupportedOperationException, message " + e.getMessage());
        }
        try {
            listIterator.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("list iterator add: UnsupportedOperationException, message " + e.getMessage());
        }
        try {
            list.replaceAll(s -> {
                if (s.equals("date")) {
                    throw new IllegalStateException("no dates");
                }
                return s + "!";
            });
        } catch (IllegalStateException e) {
            System.out.println("replaceAll that throws: " + e.getMessage() + ", list unchanged: " + list);
        }
        try {
            list.removeIf(null);
        } catch (NullPointerException e) {
            System.out.println("removeIf(null): NullPointerException");
        }
    }
}
