package dev.mayfly.conformance.programs;

/**
 * Exercises compile-time overload resolution and its run-time effect: widening beats boxing
 * beats varargs, most specific method, null arguments, char to int promotion, overloading vs
 * overriding (static vs dynamic dispatch), and varargs with arrays and nulls.
 */
public class VarargsOverloading {

    static String f(int x) {
        return "int";
    }

    static String f(long x) {
        return "long";
    }

    static String f(double x) {
        return "double";
    }

    static String f(Integer x) {
        return "Integer";
    }

    static String f(Object x) {
        return "Object";
    }

    static String f(int... xs) {
        return "int... (" + xs.length + ")";
    }

    static String g(long x) {
        return "g(long)";
    }

    static String g(Integer x) {
        return "g(Integer)";
    }

    static String g(Object... xs) {
        return "g(Object...) " + (xs == null ? "null array" : xs.length);
    }

    static String h(Object o) {
        return "h(Object)";
    }

    static String h(String s) {
        return "h(String)";
    }

    static String sum(String label, double... values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return label + "=" + s;
    }

    static class Animal {
        String speak() {
            return "...";
        }

        String meet(Animal a) {
            return "animal meets animal";
        }

        String meet(Cat c) {
            return "animal meets cat";
        }
    }

    static class Cat extends Animal {
        @Override
        String speak() {
            return "meow";
        }

        @Override
        String meet(Animal a) {
            return "cat meets animal";
        }

        @Override
        String meet(Cat c) {
            return "cat meets cat";
        }
    }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 3;
        float fl = 4f;
        Integer boxed = 5;
        Long boxedLong = 6L;
        System.out.println("byte->" + f(b) + " short->" + f(s) + " char->" + f(c) + " long->" + f(l) + " float->" + f(fl) + " Integer->" + f(boxed)
                + " Long->" + f(boxedLong) + " String->" + f("x") + " none->" + f() + " two->" + f(1, 2));
        System.out.println("int literal " + g(7) + ", Integer " + g(boxed) + ", two ints " + g(1, 2) + ", null cast " + g((Object[]) null)
                + ", null as element " + g((Object) null) + ", array " + g(new Object[] {1, 2, 3}) + ", String[] " + g((Object[]) new String[] {"a"}));
        Object o = "really a string";
        System.out.println(h("lit") + " " + h(o) + " " + h(null) + " " + h((Object) "x"));
        System.out.println(sum("empty") + " " + sum("three", 1, 2.5, 3) + " " + sum("array", new double[] {0.5, 0.25}));
        Animal felix = new Cat();
        Cat tom = new Cat();
        Animal generic = new Animal();
        System.out.println(felix.speak() + " | " + felix.meet(felix) + " | " + felix.meet(tom) + " | " + generic.meet(felix) + " | "
                + generic.meet((Cat) felix) + " | " + tom.meet((Animal) tom));
        char ch = 'A';
        System.out.println("char+int " + (ch + 1) + " char concat " + ch + 1 + " ternary " + (true ? ch : 0) + " " + (false ? 1 : 'B')
                + " mixed ternary " + (true ? 1 : 2.0) + " " + (true ? (Integer) null : 0 == 0 ? "s" : "t"));
    }
}
