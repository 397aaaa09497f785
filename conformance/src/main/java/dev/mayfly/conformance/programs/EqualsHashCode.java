package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Exercises equals and hashCode: the specified hash codes of String, boxed primitives, lists, map
 * entries and arrays, Objects.hash, and user classes that honour (or break) the contract in hash
 * collections.
 */
public class EqualsHashCode {

    static final class Isbn {
        private final String digits;

        Isbn(String raw) {
            this.digits = raw.replace("-", "");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Isbn other && digits.equals(other.digits);
        }

        @Override
        public int hashCode() {
            return digits.hashCode();
        }

        @Override
        public String toString() {
            return "ISBN " + digits;
        }
    }

    static final class BrokenKey {
        final int id;

        BrokenKey(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BrokenKey b && b.id == id;
        }

        @Override
        public int hashCode() {
            return 7; // legal, but every key collides
        }
    }

    static final class Version {
        final int major;
        final int minor;
        final String label;

        Version(int major, int minor, String label) {
            this.major = major;
            this.minor = minor;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (o == null || getClass() != o.getClass()) {
                return false;
            }
            Version v = (Version) o;
            return major == v.major && minor == v.minor && Objects.equals(label, v.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(major, minor, label);
        }
    }

    public static void main(String[] args) {
        String[] strings = {"", "a", "Mayfly", "hello world", "Aa", "BB", "polygenelubricants", "\u00e9t\u00e9"};
        for (String s : strings) {
            System.out.println("hash(\"" + s.replace("\u00e9", "\\u00e9") + "\") = " + s.hashCode());
        }
        System.out.println("Integer " + Integer.valueOf(-17).hashCode() + " Long " + Long.valueOf(-1L).hashCode()
                + " " + Long.valueOf(1L << 40).hashCode());
        System.out.println("Double " + Double.valueOf(1.5).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " "
                + Double.valueOf(Double.NaN).hashCode());
        System.out.println("Float " + Float.valueOf(2.5f).hashCode() + " Boolean " + Boolean.TRUE.hashCode() + " "
                + Boolean.FALSE.hashCode() + " Character " + Character.valueOf('Z').hashCode()
                + " Short " + Short.valueOf((short) -2).hashCode() + " Byte " + Byte.valueOf((byte) 9).hashCode());
        System.out.println("List " + List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of("x", "y")).hashCode()
                + " empty " + List.of().hashCode());
        System.out.println("Arrays " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33})
                + " " + Arrays.hashCode(new double[] {0.1}) + " " + Arrays.deepHashCode(new Object[] {new int[] {4}, "s"}));
        System.out.println("Objects.hash " + Objects.hash("a", 1, null) + " " + Objects.hashCode(null));
        Map<String, Integer> m = new HashMap<>();
        m.put("k", 5);
        System.out.println("Entry " + m.entrySet().iterator().next().hashCode() + " Map " + m.hashCode()
                + " Set " + new HashSet<>(List.of("p", "q")).hashCode());

        Set<Isbn> shelf = new HashSet<>();
        shelf.add(new Isbn("978-3-16-148410-0"));
        shelf.add(new Isbn("9783161484100"));
        shelf.add(new Isbn("978-0-13-468599-1"));
        System.out.println("shelf size " + shelf.size() + " contains " + shelf.contains(new Isbn("97-80134685991")));

        Map<BrokenKey, String> colliding = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            colliding.put(new BrokenKey(i), "v" + i);
        }
        colliding.remove(new BrokenKey(10));
        System.out.println("colliding size " + colliding.size() + " get(33) " + colliding.get(new BrokenKey(33))
                + " get(10) " + colliding.get(new BrokenKey(10)));

        Version a = new Version(1, 2, "beta");
        Version b = new Version(1, 2, "beta");
        Version c = new Version(1, 2, null);
        System.out.println(a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(c) + " " + c.equals(c)
                + " hash " + a.hashCode() + " " + c.hashCode());
        System.out.println("String equality " + ("may" + "fly" == "mayfly") + " " + new String("x").equals("x")
                + " " + "Mayfly".equalsIgnoreCase("MAYFLY"));
    }
}
