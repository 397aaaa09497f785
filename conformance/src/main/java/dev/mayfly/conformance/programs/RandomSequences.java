package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Probes java.util.Random: for a fixed seed every method (nextInt, bounded nextInt, nextLong,
 * nextDouble, nextFloat, nextBoolean, nextGaussian, nextBytes, ints()) must produce the JDK's
 * specified sequence, and Collections.shuffle with a seeded Random the JDK's permutation.
 */
public class RandomSequences {

    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 10; i++) {
            sb.append(r.nextInt(100)).append(' ');
        }
        System.out.println("nextInt(100) " + sb.toString().trim());
        System.out.println("nextInt(1<<20) " + r.nextInt(1 << 20) + " nextInt(7) " + r.nextInt(7));
        System.out.println("nextLong " + r.nextLong() + " " + r.nextLong());
        System.out.println("nextDouble " + r.nextDouble() + " " + r.nextDouble());
        System.out.println("nextFloat " + r.nextFloat() + " nextBoolean " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("nextGaussian " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + java.util.Arrays.toString(bytes));
        System.out.println("ints " + java.util.Arrays.toString(new Random(7).ints(5, 0, 1000).toArray()) + " doubles sum "
                + new Random(7).doubles(3).sum());
        List<String> deck = new ArrayList<>();
        for (String suit : new String[] {"S", "H"}) {
            for (String rank : new String[] {"A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"}) {
                deck.add(rank + suit);
            }
        }
        Collections.shuffle(deck, new Random(2024));
        System.out.println("shuffled " + deck);
        Random a = new Random(-1L);
        Random b = new Random(-1L);
        boolean same = true;
        for (int i = 0; i < 1000; i++) {
            same &= a.nextInt() == b.nextInt();
        }
        Random reseed = new Random(0);
        reseed.nextInt();
        reseed.setSeed(0);
        System.out.println("same seed same sequence " + same + " setSeed restarts " + (reseed.nextInt() == new Random(0).nextInt()));
        int[] histogram = new int[6];
        Random dice = new Random(123456789L);
        for (int i = 0; i < 60_000; i++) {
            histogram[dice.nextInt(6)]++;
        }
        System.out.println("dice histogram " + java.util.Arrays.toString(histogram));
    }
}
