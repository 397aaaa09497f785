package dev.mayfly.conformance.programs;

import java.util.SplittableRandom;

/**
 * Probes SplittableRandom: a fixed seed and its splits must produce the JDK's sequences for
 * nextInt, bounded nextInt, nextLong and nextDouble.
 */
public class SplittableRandomSequence {

    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + sb.toString().trim());
        System.out.println("bounded " + r.nextInt(100) + " " + r.nextInt(10, 20) + " nextLong " + r.nextLong() + " nextDouble " + r.nextDouble());
        SplittableRandom child = r.split();
        System.out.println("child " + child.nextInt() + " " + child.nextLong() + " parent " + r.nextInt());
        System.out.println("stream " + java.util.Arrays.toString(new SplittableRandom(7).ints(5, 0, 100).toArray()));
    }
}
