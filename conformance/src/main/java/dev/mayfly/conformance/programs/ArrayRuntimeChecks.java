package dev.mayfly.conformance.programs;

/**
 * Probes the array run-time checks: NegativeArraySizeException (with the JDK message),
 * ArrayStoreException on covariant arrays, and ArrayIndexOutOfBoundsException messages of the
 * form "Index 5 out of bounds for length 3".
 */
public class ArrayRuntimeChecks {

    static int[] allocate(int n) {
        return new int[n];
    }

    public static void main(String[] args) {
        int[] sizes = {3, 0, -1, -100};
        for (int n : sizes) {
            try {
                int[] a = allocate(n);
                System.out.println("new int[" + n + "] length " + a.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("new int[" + n + "] -> " + e);
            }
        }
        try {
            String[][] grid = new String[2][Integer.parseInt("-2")];
            System.out.println("grid " + grid.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new String[2][-2] -> " + e);
        }
        Object[] objects = new String[2];
        try {
            objects[0] = "fine";
            objects[1] = Integer.valueOf(1);
            System.out.println("stored an Integer into a String[]: " + objects[1]);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Number[] numbers = new Integer[1];
        try {
            numbers[0] = 1.5;
            System.out.println("stored a Double into an Integer[]");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy(new Object[] {"a", 1}, 0, new String[2], 0, 2);
            System.out.println("arraycopy mixed succeeded");
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getClass().getSimpleName());
        }
        int[] three = {1, 2, 3};
        int[] indices = {2, 3, 5, -1};
        for (int i : indices) {
            try {
                System.out.println("three[" + i + "] = " + three[i]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            three[Integer.parseInt("5")] = 9;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store: " + e);
        }
        long[][] matrix = new long[2][2];
        try {
            matrix[1][2] = 1;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("matrix: " + e.getMessage());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        try {
            new java.util.ArrayList<>(java.util.List.of(1, 2)).get(4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("list: " + e.getMessage());
        }
        try {
            System.arraycopy(three, 0, new int[2], 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        System.out.println("done");
    }
}
