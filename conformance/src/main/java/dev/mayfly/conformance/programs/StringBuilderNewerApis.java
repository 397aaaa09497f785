package dev.mayfly.conformance.programs;

/**
 * Probes the newer StringBuilder methods, repeat (JDK 21) for code points and char sequences and
 * compareTo (JDK 11), used to draw a text histogram and a ruler.
 */
public class StringBuilderNewerApis {

    public static void main(String[] args) {
        int[] counts = {3, 7, 0, 12, 5};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            sb.append("bin").append(i).append(' ').repeat('#', counts[i]).repeat(".", 12 - counts[i]).append('\n');
        }
        System.out.print(sb);
        StringBuilder ruler = new StringBuilder();
        ruler.repeat("----|", 6).repeat(0x1F600, 0).repeat('=', 2);
        System.out.println(ruler + " " + ruler.length());
        StringBuilder cp = new StringBuilder().repeat(0x1F600, 2);
        System.out.println("emoji repeat length " + cp.length() + " codepoints " + cp.codePointCount(0, cp.length()));
        System.out.println("compareTo " + Integer.signum(new StringBuilder("apple").compareTo(new StringBuilder("apricot"))) + " "
                + new StringBuilder("b").compareTo(new StringBuilder("b")));
        try {
            new StringBuilder().repeat('x', -1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative count: " + e.getClass().getSimpleName());
        }
    }
}
