package dev.mayfly.conformance.programs;

/**
 * Exercises recursion and backtracking over 2D int arrays with bit-mask bookkeeping by solving a
 * few Sudoku puzzles and counting the search nodes visited.
 */
public class SudokuSolver {

    private final int[][] grid = new int[9][9];
    private final int[] rows = new int[9];
    private final int[] cols = new int[9];
    private final int[] boxes = new int[9];
    long nodes;

    SudokuSolver(String puzzle) {
        for (int i = 0; i < 81; i++) {
            char ch = puzzle.charAt(i);
            if (ch >= '1' && ch <= '9') {
                place(i / 9, i % 9, ch - '0');
            }
        }
    }

    private void place(int r, int c, int v) {
        grid[r][c] = v;
        int bit = 1 << v;
        rows[r] |= bit;
        cols[c] |= bit;
        boxes[r / 3 * 3 + c / 3] |= bit;
    }

    private void unplace(int r, int c, int v) {
        grid[r][c] = 0;
        int bit = ~(1 << v);
        rows[r] &= bit;
        cols[c] &= bit;
        boxes[r / 3 * 3 + c / 3] &= bit;
    }

    boolean solve() {
        nodes++;
        int bestR = -1;
        int bestC = -1;
        int bestCount = 10;
        int bestMask = 0;
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                if (grid[r][c] == 0) {
                    int mask = ~(rows[r] | cols[c] | boxes[r / 3 * 3 + c / 3]) & 0x3FE;
                    int count = Integer.bitCount(mask);
                    if (count < bestCount) {
                        bestCount = count;
                        bestR = r;
                        bestC = c;
                        bestMask = mask;
                    }
                }
            }
        }
        if (bestR < 0) {
            return true;
        }
        for (int v = 1; v <= 9; v++) {
            if ((bestMask & (1 << v)) != 0) {
                place(bestR, bestC, v);
                if (solve()) {
                    return true;
                }
                unplace(bestR, bestC, v);
            }
        }
        return false;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                sb.append(grid[r][c]);
                if (c == 2 || c == 5) {
                    sb.append('|');
                }
            }
            sb.append('\n');
            if (r == 2 || r == 5) {
                sb.append("---+---+---\n");
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
            "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
            ".................................................................................",
        };
        for (String p : puzzles) {
            SudokuSolver s = new SudokuSolver(p.substring(0, 81));
            boolean ok = s.solve();
            System.out.println("solved " + ok + " after " + s.nodes + " nodes");
            if (ok) {
                System.out.print(s.render());
            }
        }
    }
}
