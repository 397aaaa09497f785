package dev.mayfly.conformance.programs;

import java.util.Comparator;
import java.util.Objects;

/**
 * Exercises java.util.Objects helpers (equals, deepEquals, hash, toString with default,
 * requireNonNull variants, requireNonNullElse(Get), isNull/nonNull, compare, checkIndex) while
 * validating user-profile updates.
 */
public class ObjectsHelpers {

    record Profile(String name, String email, Integer age) {
        Profile {
            Objects.requireNonNull(name, "name");
            email = Objects.requireNonNullElse(email, "unknown@example.invalid");
            age = Objects.requireNonNullElseGet(age, () -> 18);
        }
    }

    public static void main(String[] args) {
        System.out.println(new Profile("ada", null, null) + " " + new Profile("alan", "a@t.uk", 41));
        try {
            new Profile(null, "x", 1);
        } catch (NullPointerException e) {
            System.out.println("npe: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied message");
        } catch (NullPointerException e) {
            System.out.println("npe: " + e.getMessage());
        }
        System.out.println("equals " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals(new String("a"), "a")
                + " deepEquals " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " " + Objects.equals(new int[] {1}, new int[] {1}));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "n/a") + " " + Objects.toString(12, "n/a")
                + " hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a") + " " + Objects.hashCode("a"));
        System.out.println("isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull(null) + " compare "
                + Objects.compare("b", "a", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()));
        System.out.println("checkIndex " + Objects.checkIndex(2, 3) + " fromToIndex " + Objects.checkFromToIndex(1, 3, 3) + " fromIndexSize "
                + Objects.checkFromIndexSize(0, 3, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        try {
            Objects.checkFromToIndex(2, 1, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromToIndex: " + e.getMessage());
        }
    }
}
