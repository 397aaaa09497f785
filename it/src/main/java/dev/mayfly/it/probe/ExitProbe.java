package dev.mayfly.it.probe;

/**
 * A guest program for the end-to-end tests, its behaviour chosen by the first argument:
 * {@code exit N} calls System.exit(N), {@code throw} lets an exception escape main,
 * {@code spin N} sieves the primes below one million N times, tallying them in a HashMap (CPU,
 * memory and allocation bound), and
 * prints a checksum and the time it took.
 */
public final class ExitProbe {
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "exit" -> {
                System.out.println("exiting with " + args[1]);
                System.exit(Integer.parseInt(args[1]));
            }
            case "throw" -> {
                System.out.println("about to throw");
                throw new IllegalStateException("thrown on purpose");
            }
            case "spin" -> spin(Integer.parseInt(args[1]));
            default -> System.out.println("usage: exit N | throw | spin MILLIONS");
        }
    }

    private static void spin(int rounds) {
        long start = System.nanoTime();
        boolean[] composite = new boolean[1_000_000];
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            java.util.Arrays.fill(composite, false);
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            int primes = 0;
            for (int i = 2; i < composite.length; i++) {
                if (!composite[i]) {
                    primes++;
                    counts.merge(i % 1000, 1, Integer::sum);
                    for (long j = (long) i * i; j < composite.length; j += i) {
                        composite[(int) j] = true;
                    }
                }
            }
            checksum = checksum * 31 + primes + counts.get(7);
        }
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println("checksum " + checksum);
        System.out.println("spin-micros " + micros);
    }
}
