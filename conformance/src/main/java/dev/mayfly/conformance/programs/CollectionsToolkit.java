package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.ConcurrentModificationException;

/**
 * Exercises java.util.Collections and List utilities (sort, reverse, rotate, swap, frequency,
 * nCopies, min/max, binarySearch, unmodifiable views), ListIterator editing, LinkedList as a deque,
 * removeIf/replaceAll and fail-fast iterators, by managing a reading list.
 */
public class CollectionsToolkit {

    public static void main(String[] args) {
        List<String> books = new ArrayList<>(List.of("Dune", "Emma", "Ulysses", "Beloved", "Ivanhoe", "Dracula", "Emma", "Walden"));
        System.out.println("start " + books + " size " + books.size());
        Collections.sort(books);
        System.out.println("sorted " + books + " search Ivanhoe " + Collections.binarySearch(books, "Ivanhoe")
                + " search Hamlet " + Collections.binarySearch(books, "Hamlet"));
        Collections.reverse(books);
        System.out.println("reversed " + books);
        Collections.rotate(books, 3);
        System.out.println("rotated " + books);
        Collections.swap(books, 0, books.size() - 1);
        System.out.println("swapped " + books + " freq(Emma) " + Collections.frequency(books, "Emma"));
        System.out.println("min " + Collections.min(books) + " max " + Collections.max(books) + " longest "
                + Collections.max(books, (a, b) -> Integer.compare(a.length(), b.length())));
        books.removeIf(b -> b.startsWith("E"));
        books.replaceAll(String::toUpperCase);
        System.out.println("edited " + books + " indexOf DUNE " + books.indexOf("DUNE") + " contains emma " + books.contains("EMMA"));
        ListIterator<String> it = books.listIterator();
        while (it.hasNext()) {
            int idx = it.nextIndex();
            String b = it.next();
            if (b.length() > 6) {
                it.set(b.substring(0, 6) + "~");
            }
            if (idx == 1) {
                it.add("INSERTED");
            }
        }
        while (it.hasPrevious()) {
            if (it.previous().equals("DUNE")) {
                it.remove();
            }
        }
        System.out.println("iterated " + books);
        try {
            for (String b : books) {
                if (b.equals("INSERTED")) {
                    books.remove(b);
                }
            }
            System.out.println("no CME?");
        } catch (ConcurrentModificationException e) {
            System.out.println("fail-fast: " + e.getClass().getSimpleName());
        }
        List<String> view = Collections.unmodifiableList(books);
        try {
            view.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable view rejects add; view sees " + view.size());
        }
        books.add("LATE");
        System.out.println("view follows backing list: " + view.get(view.size() - 1));
        System.out.println("nCopies " + Collections.nCopies(3, "ab") + " empty " + Collections.emptyList() + " singleton " + Collections.singletonList(7)
                + " disjoint " + Collections.disjoint(List.of(1, 2), List.of(3, 4)));
        LinkedList<Integer> deque = new LinkedList<>();
        for (int i = 1; i <= 5; i++) {
            deque.addFirst(i);
            deque.addLast(-i);
        }
        System.out.println("linked " + deque + " first " + deque.peekFirst() + " last " + deque.peekLast() + " pollFirst " + deque.pollFirst()
                + " removeLast " + deque.removeLast() + " get(3) " + deque.get(3) + " -> " + deque);
        Iterator<Integer> desc = deque.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) {
            sb.append(desc.next()).append(' ');
        }
        System.out.println("descending " + sb.toString().trim());
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 8, 1, 9, 2));
        nums.sort(null);
        List<Integer> sub = nums.subList(1, 4);
        sub.set(0, 30);
        System.out.println("subList " + sub + " backing " + nums + " equals " + nums.equals(List.of(1, 30, 3, 5, 8, 9)));
        nums.subList(0, 2).clear();
        System.out.println("after clear " + nums + " toArray " + Arrays.toString(nums.toArray(new Integer[0])) + " hash " + nums.hashCode());
        List<Integer> fixed = Arrays.asList(3, 2, 1);
        try {
            fixed.add(0);
        } catch (UnsupportedOperationException e) {
            Collections.sort(fixed);
            System.out.println("Arrays.asList fixed-size but sortable " + fixed);
        }
        System.out.println("addAll " + Collections.addAll(nums, 7, 7) + " " + nums + " lastIndexOf 7 " + nums.lastIndexOf(7));
    }
}
