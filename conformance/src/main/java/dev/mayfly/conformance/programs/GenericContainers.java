package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Exercises hand-written generic data structures (a growable ring buffer, an immutable cons list
 * and a binary search tree) together with bridge methods and covariant returns.
 */
public class GenericContainers {

    static final class Ring<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int head;
        private int size;

        void addLast(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[(head + i) % items.length];
                }
                items = bigger;
                head = 0;
            }
            items[(head + size) % items.length] = t;
            size++;
        }

        @SuppressWarnings("unchecked")
        T removeFirst() {
            if (size == 0) {
                throw new NoSuchElementException("ring is empty");
            }
            T t = (T) items[head];
            items[head] = null;
            head = (head + 1) % items.length;
            size--;
            return t;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i;

                public boolean hasNext() {
                    return i < size;
                }

                @SuppressWarnings("unchecked")
                public T next() {
                    return (T) items[(head + i++) % items.length];
                }
            };
        }
    }

    sealed interface Cons<T> permits Nil, Node {
        @SuppressWarnings("unchecked")
        static <T> Cons<T> of(T... xs) {
            Cons<T> list = new Nil<>();
            for (int i = xs.length - 1; i >= 0; i--) {
                list = new Node<>(xs[i], list);
            }
            return list;
        }

        default <R> Cons<R> map(Function<? super T, ? extends R> f) {
            if (this instanceof Node<T> n) {
                return new Node<>(f.apply(n.head()), n.tail().map(f));
            }
            return new Nil<>();
        }

        default T fold(T zero, BinaryOperator<T> op) {
            T acc = zero;
            Cons<T> c = this;
            while (c instanceof Node<T> n) {
                acc = op.apply(acc, n.head());
                c = n.tail();
            }
            return acc;
        }
    }

    record Nil<T>() implements Cons<T> {
        @Override
        public String toString() {
            return "nil";
        }
    }

    record Node<T>(T head, Cons<T> tail) implements Cons<T> {
        @Override
        public String toString() {
            return head + "::" + tail;
        }
    }

    static class Tree<K extends Comparable<K>, V> {
        private record Entry<K, V>(K key, V value, Entry<K, V> left, Entry<K, V> right) {
        }

        private Entry<K, V> root;

        void put(K k, V v) {
            root = put(root, k, v);
        }

        private Entry<K, V> put(Entry<K, V> e, K k, V v) {
            if (e == null) {
                return new Entry<>(k, v, null, null);
            }
            int c = k.compareTo(e.key());
            if (c < 0) {
                return new Entry<>(e.key(), e.value(), put(e.left(), k, v), e.right());
            } else if (c > 0) {
                return new Entry<>(e.key(), e.value(), e.left(), put(e.right(), k, v));
            }
            return new Entry<>(k, v, e.left(), e.right());
        }

        int height() {
            return height(root);
        }

        private int height(Entry<K, V> e) {
            return e == null ? 0 : 1 + Math.max(height(e.left()), height(e.right()));
        }

        List<String> inOrder() {
            List<String> out = new ArrayList<>();
            walk(root, out);
            return out;
        }

        private void walk(Entry<K, V> e, List<String> out) {
            if (e != null) {
                walk(e.left(), out);
                out.add(e.key() + "->" + e.value());
                walk(e.right(), out);
            }
        }
    }

    abstract static class Animal implements Comparable<Animal> {
        abstract String name();

        Animal self() {
            return this;
        }

        public int compareTo(Animal o) {
            return name().compareTo(o.name());
        }
    }

    static class Dog extends Animal {
        String name() {
            return "dog";
        }

        @Override
        Dog self() {
            return this;
        }

        String bark() {
            return "woof";
        }
    }

    public static void main(String[] args) {
        Ring<String> ring = new Ring<>();
        for (int i = 0; i < 11; i++) {
            ring.addLast("r" + i);
            if (i % 3 == 2) {
                System.out.println("removed " + ring.removeFirst());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String s : ring) {
            sb.append(s).append(',');
        }
        System.out.println("ring: " + sb);

        Cons<Integer> nums = Cons.of(1, 2, 3, 4, 5);
        System.out.println(nums);
        System.out.println(nums.map(x -> x * x));
        System.out.println(nums.map(x -> "n" + x));
        System.out.println("sum=" + nums.fold(0, Integer::sum) + " product=" + nums.fold(1, (a, b) -> a * b));

        Tree<String, Integer> tree = new Tree<>();
        String[] words = "the quick brown fox jumps over the lazy dog again and again".split(" ");
        for (int i = 0; i < words.length; i++) {
            tree.put(words[i], i);
        }
        System.out.println(tree.inOrder());
        System.out.println("height " + tree.height());

        Dog d = new Dog();
        System.out.println(d.self().bark());
        Comparable<Animal> c = d;
        System.out.println(c.compareTo(new Animal() {
            String name() {
                return "cat";
            }
        }) > 0);
    }
}
