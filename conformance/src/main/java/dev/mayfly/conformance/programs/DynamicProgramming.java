package dev.mayfly.conformance.programs;

/**
 * Exercises nested loops over int and long tables with classic dynamic programs: edit distance
 * with an alignment, longest common subsequence, 0/1 knapsack with item reconstruction, coin
 * change counting with long overflow-free sums, and longest increasing subsequence.
 */
public class DynamicProgramming {

    static String align(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        int i = a.length();
        int j = b.length();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)) {
                top.append(a.charAt(--i));
                bottom.append(b.charAt(--j));
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                top.append(a.charAt(--i));
                bottom.append('-');
            } else {
                top.append('-');
                bottom.append(b.charAt(--j));
            }
        }
        return d[a.length()][b.length()] + " " + top.reverse() + "/" + bottom.reverse();
    }

    static String lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                t[i][j] = a.charAt(i) == b.charAt(j) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                sb.append(a.charAt(i));
                i++;
                j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[][] pairs = {{"kitten", "sitting"}, {"intention", "execution"}, {"mayfly", "butterfly"}, {"", "abc"}, {"same", "same"}};
        for (String[] p : pairs) {
            System.out.println("edit " + p[0] + " -> " + p[1] + ": " + align(p[0], p[1]) + " lcs=" + lcs(p[0], p[1]));
        }
        int[] weight = {12, 7, 11, 8, 9, 6, 4, 15, 3, 10};
        int[] value = {24, 13, 23, 15, 16, 11, 7, 30, 5, 19};
        int cap = 40;
        int[][] best = new int[weight.length + 1][cap + 1];
        for (int i = 1; i <= weight.length; i++) {
            for (int w = 0; w <= cap; w++) {
                best[i][w] = best[i - 1][w];
                if (weight[i - 1] <= w) {
                    best[i][w] = Math.max(best[i][w], best[i - 1][w - weight[i - 1]] + value[i - 1]);
                }
            }
        }
        StringBuilder chosen = new StringBuilder();
        for (int i = weight.length, w = cap; i > 0; i--) {
            if (best[i][w] != best[i - 1][w]) {
                chosen.append(i - 1).append(' ');
                w -= weight[i - 1];
            }
        }
        System.out.println("knapsack value " + best[weight.length][cap] + " items " + chosen.toString().trim());
        int[] coins = {1, 2, 5, 10, 20, 50, 100, 200};
        long[] ways = new long[1001];
        ways[0] = 1;
        for (int c : coins) {
            for (int v = c; v < ways.length; v++) {
                ways[v] += ways[v - c];
            }
        }
        System.out.println("coin change ways(200)=" + ways[200] + " ways(1000)=" + ways[1000]);
        int[] seq = new int[60];
        long s = 7;
        for (int i = 0; i < seq.length; i++) {
            s = (s * 48271) % 2147483647;
            seq[i] = (int) (s % 1000);
        }
        int[] lis = new int[seq.length];
        int best2 = 0;
        for (int i = 0; i < seq.length; i++) {
            lis[i] = 1;
            for (int j = 0; j < i; j++) {
                if (seq[j] < seq[i]) {
                    lis[i] = Math.max(lis[i], lis[j] + 1);
                }
            }
            best2 = Math.max(best2, lis[i]);
        }
        System.out.println("LIS length " + best2 + " of " + java.util.Arrays.toString(java.util.Arrays.copyOf(seq, 12)) + "...");
        long[][] paths = new long[17][17];
        for (int i = 0; i < 17; i++) {
            for (int j = 0; j < 17; j++) {
                paths[i][j] = (i == 0 || j == 0) ? 1 : paths[i - 1][j] + paths[i][j - 1];
            }
        }
        System.out.println("lattice paths 16x16 " + paths[16][16]);
    }
}
