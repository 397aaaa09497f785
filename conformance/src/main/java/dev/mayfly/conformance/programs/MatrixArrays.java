package dev.mayfly.conformance.programs;

import java.util.Arrays;

/**
 * Exercises multi-dimensional and jagged arrays: matrix multiplication, transposition, Gaussian
 * determinant with doubles, Pascal's triangle, shallow vs deep clone, Arrays.deepToString and
 * deepEquals, and default element values.
 */
public class MatrixArrays {

    static long[][] multiply(long[][] a, long[][] b) {
        long[][] c = new long[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    static double determinant(double[][] m) {
        double[][] a = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            a[i] = m[i].clone();
        }
        double det = 1;
        for (int col = 0; col < a.length; col++) {
            int pivot = col;
            for (int r = col + 1; r < a.length; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (a[pivot][col] == 0) {
                return 0;
            }
            if (pivot != col) {
                double[] t = a[pivot];
                a[pivot] = a[col];
                a[col] = t;
                det = -det;
            }
            det *= a[col][col];
            for (int r = col + 1; r < a.length; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < a.length; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        return det;
    }

    public static void main(String[] args) {
        long[][] fib = {{1, 1}, {1, 0}};
        long[][] p = {{1, 0}, {0, 1}};
        for (int i = 0; i < 50; i++) {
            p = multiply(p, fib);
        }
        System.out.println("fib matrix^50 " + Arrays.deepToString(p));
        long[][] rect = {{1, 2, 3}, {4, 5, 6}};
        long[][] t = new long[3][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                t[j][i] = rect[i][j];
            }
        }
        System.out.println("transpose " + Arrays.deepToString(t) + " product " + Arrays.deepToString(multiply(rect, t)));
        double[][] m = {{2, -1, 0, 3}, {1, 4, 2, -2}, {0, 5, 1, 1}, {3, 0, -4, 2}};
        System.out.println("det " + determinant(m) + " singular " + determinant(new double[][] {{1, 2}, {2, 4}}) + " m unchanged " + m[0][0]);
        int[][] pascal = new int[10][];
        for (int i = 0; i < pascal.length; i++) {
            pascal[i] = new int[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) {
                pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
            }
        }
        System.out.println("pascal row 9 " + Arrays.toString(pascal[9]) + " jagged lengths " + pascal[0].length + "," + pascal[9].length);
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        int[][] deep = Arrays.stream(grid).map(int[]::clone).toArray(int[][]::new);
        grid[0][0] = 99;
        System.out.println("shallow sees change " + shallow[0][0] + ", deep keeps " + deep[0][0] + ", rows shared " + (shallow[0] == grid[0])
                + ", deepEquals " + Arrays.deepEquals(grid, shallow) + " " + Arrays.deepEquals(grid, deep) + ", equals " + Arrays.equals(grid, shallow));
        int[][][] cube = new int[2][3][4];
        cube[1][2][3] = 7;
        Object[] objs = new Object[2];
        boolean[] flags = new boolean[2];
        char[] cs = new char[2];
        double[] ds = new double[1];
        String[][] names = new String[2][];
        System.out.println("defaults " + cube[0][0][0] + " " + cube[1][2][3] + " " + cube[1].length + " " + cube[1][0].length + " " + objs[1] + " "
                + flags[0] + " " + (int) cs[1] + " " + ds[0] + " " + names[1] + " " + Arrays.deepToString(cube[1]));
        System.out.println("class names " + new int[0].getClass().getName() + " " + new String[0][0].getClass().getName() + " "
                + new double[0].getClass().getSimpleName() + " " + cube.getClass().getSimpleName() + " component " + cube.getClass().getComponentType().getName());
        char[][] board = new char[3][3];
        for (char[] row : board) {
            Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
    }
}
