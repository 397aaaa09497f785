package dev.mayfly.conformance.programs;

/**
 * Exercises boolean 2D arrays, modular indexing and generation loops by running Conway's Game of
 * Life on a torus with a glider, a blinker and an R-pentomino, printing snapshots and populations.
 */
public class GameOfLife {

    static boolean[][] step(boolean[][] g) {
        int h = g.length;
        int w = g[0].length;
        boolean[][] next = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dy != 0 || dx != 0) && g[(y + dy + h) % h][(x + dx + w) % w]) {
                            n++;
                        }
                    }
                }
                next[y][x] = n == 3 || (n == 2 && g[y][x]);
            }
        }
        return next;
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) {
            for (boolean b : row) {
                p += b ? 1 : 0;
            }
        }
        return p;
    }

    static void print(boolean[][] g) {
        for (boolean[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (boolean b : row) {
                sb.append(b ? '#' : '.');
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[16][32];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) {
            g[p[0] + 1][p[1] + 1] = true;
        }
        g[8][20] = g[8][21] = g[8][22] = true;
        int[][] r = {{0, 1}, {0, 2}, {1, 0}, {1, 1}, {2, 1}};
        for (int[] p : r) {
            g[p[0] + 10][p[1] + 8] = true;
        }
        System.out.println("generation 0, population " + population(g));
        print(g);
        StringBuilder pops = new StringBuilder();
        for (int gen = 1; gen <= 200; gen++) {
            g = step(g);
            if (gen % 10 == 0) {
                pops.append(population(g)).append(' ');
            }
            if (gen == 50) {
                System.out.println("generation 50");
                print(g);
            }
        }
        System.out.println("populations every 10: " + pops.toString().trim());
        System.out.println("generation 200");
        print(g);
    }
}
