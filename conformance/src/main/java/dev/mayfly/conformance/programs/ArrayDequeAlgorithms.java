package dev.mayfly.conformance.programs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Exercises ArrayDeque as a stack and a queue: bracket matching, reverse-Polish evaluation, a
 * sliding-window maximum, breadth-first search on a grid, and the deque's empty-case behaviour.
 */
public class ArrayDequeAlgorithms {

    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')', ']', '}' -> {
                    if (stack.isEmpty()) {
                        return false;
                    }
                    char open = stack.pop();
                    if ("([{".indexOf(open) != ")]}".indexOf(c)) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return stack.isEmpty();
    }

    static long rpn(String expr) {
        Deque<Long> st = new ArrayDeque<>();
        for (String tok : expr.trim().split("\\s+")) {
            switch (tok) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> {
                    long b = st.pop();
                    st.push(st.pop() - b);
                }
                case "/" -> {
                    long b = st.pop();
                    st.push(st.pop() / b);
                }
                default -> st.push(Long.parseLong(tok));
            }
        }
        return st.pop();
    }

    static int[] windowMax(int[] a, int k) {
        int[] out = new int[a.length - k + 1];
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < a.length; i++) {
            while (!dq.isEmpty() && dq.peekFirst() <= i - k) {
                dq.pollFirst();
            }
            while (!dq.isEmpty() && a[dq.peekLast()] <= a[i]) {
                dq.pollLast();
            }
            dq.offerLast(i);
            if (i >= k - 1) {
                out[i - k + 1] = a[dq.peekFirst()];
            }
        }
        return out;
    }

    static int shortestPath(String[] grid) {
        int h = grid.length;
        int w = grid[0].length();
        int[][] dist = new int[h][w];
        for (int[] row : dist) {
            java.util.Arrays.fill(row, -1);
        }
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[] {0, 0});
        dist[0][0] = 0;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!q.isEmpty()) {
            int[] p = q.poll();
            for (int[] d : dirs) {
                int y = p[0] + d[0];
                int x = p[1] + d[1];
                if (y >= 0 && y < h && x >= 0 && x < w && grid[y].charAt(x) == '.' && dist[y][x] < 0) {
                    dist[y][x] = dist[p[0]][p[1]] + 1;
                    q.add(new int[] {y, x});
                }
            }
        }
        return dist[h - 1][w - 1];
    }

    public static void main(String[] args) {
        for (String s : new String[] {"(a[b]{c})", "([)]", "((", "", "}{", "{[()()]}"}) {
            System.out.println("balanced '" + s + "' " + balanced(s));
        }
        System.out.println("rpn " + rpn("3 4 + 2 *") + " " + rpn("5 1 2 + 4 * + 3 -") + " " + rpn("100 7 / 3 -"));
        System.out.println("window " + java.util.Arrays.toString(windowMax(new int[] {1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 0}, 3)));
        String[] maze = {
            "..#.......",
            ".##.####..",
            "....#..#.#",
            "#.#...##..",
            "..#.#....#",
            ".##.#.##..",
            "......#...",
        };
        System.out.println("maze path " + shortestPath(maze));
        ArrayDeque<String> d = new ArrayDeque<>();
        d.offerFirst("b");
        d.offerFirst("a");
        d.offerLast("c");
        d.push("z");
        System.out.println("deque " + d + " peek " + d.peek() + " peekLast " + d.peekLast() + " size " + d.size());
        Iterator<String> rev = d.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (rev.hasNext()) {
            sb.append(rev.next());
        }
        System.out.println("reverse " + sb + " contains c " + d.contains("c") + " removeFirstOccurrence " + d.removeFirstOccurrence("b") + " " + d);
        d.clear();
        System.out.println("empty poll " + d.poll() + " peek " + d.peekFirst() + " pollLast " + d.pollLast());
        try {
            d.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty throws NoSuchElementException");
        }
        try {
            d.add(null);
        } catch (NullPointerException e) {
            System.out.println("null elements rejected");
        }
        ArrayDeque<Integer> big = new ArrayDeque<>(2);
        long sum = 0;
        for (int i = 0; i < 10_000; i++) {
            big.addLast(i);
            if (i % 3 == 0) {
                sum += big.pollFirst();
            }
        }
        System.out.println("grown size " + big.size() + " sum " + sum + " first " + big.peekFirst() + " last " + big.peekLast());
    }
}
