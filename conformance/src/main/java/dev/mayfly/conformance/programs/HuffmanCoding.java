package dev.mayfly.conformance.programs;

import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Exercises a priority-queue-built binary tree, recursion and bit packing by Huffman-coding a
 * text: code table, encoded bit length, packed bytes, and decoding back to the original.
 */
public class HuffmanCoding {

    abstract static sealed class Node implements Comparable<Node> permits Leaf, Branch {
        final int weight;
        final int order;

        Node(int weight, int order) {
            this.weight = weight;
            this.order = order;
        }

        public int compareTo(Node o) {
            return weight != o.weight ? Integer.compare(weight, o.weight) : Integer.compare(order, o.order);
        }
    }

    static final class Leaf extends Node {
        final char symbol;

        Leaf(char symbol, int weight, int order) {
            super(weight, order);
            this.symbol = symbol;
        }
    }

    static final class Branch extends Node {
        final Node left;
        final Node right;

        Branch(Node left, Node right, int order) {
            super(left.weight + right.weight, order);
            this.left = left;
            this.right = right;
        }
    }

    static void codes(Node n, String prefix, Map<Character, String> out) {
        if (n instanceof Leaf l) {
            out.put(l.symbol, prefix.isEmpty() ? "0" : prefix);
        } else if (n instanceof Branch b) {
            codes(b.left, prefix + "0", out);
            codes(b.right, prefix + "1", out);
        }
    }

    public static void main(String[] args) {
        String text = "this is an example of a huffman tree, built for the mayfly conformance suite; "
                + "it compresses repetitive text rather well, doesn't it? it does.";
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : text.toCharArray()) {
            freq.merge(c, 1, Integer::sum);
        }
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (Map.Entry<Character, Integer> e : freq.entrySet()) {
            pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        }
        while (pq.size() > 1) {
            Node a = pq.poll();
            Node b = pq.poll();
            pq.add(new Branch(a, b, order++));
        }
        Node root = pq.poll();
        Map<Character, String> table = new TreeMap<>();
        codes(root, "", table);
        for (Map.Entry<Character, String> e : table.entrySet()) {
            System.out.println("'" + e.getKey() + "' x" + freq.get(e.getKey()) + " -> " + e.getValue());
        }
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) {
            bits.append(table.get(c));
        }
        byte[] packed = new byte[(bits.length() + 7) / 8];
        for (int i = 0; i < bits.length(); i++) {
            if (bits.charAt(i) == '1') {
                packed[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(16, packed.length); i++) {
            hex.append(String.format("%02x", packed[i] & 0xff));
        }
        System.out.println("bits " + bits.length() + " vs " + text.length() * 8 + " packed " + packed.length + " bytes, head " + hex);
        StringBuilder decoded = new StringBuilder();
        Node cur = root;
        for (int i = 0; i < bits.length(); i++) {
            boolean one = (packed[i / 8] & (0x80 >>> (i % 8))) != 0;
            cur = one ? ((Branch) cur).right : ((Branch) cur).left;
            if (cur instanceof Leaf l) {
                decoded.append(l.symbol);
                cur = root;
            }
        }
        System.out.println("decoded matches " + decoded.toString().equals(text) + ", weight " + root.weight);
    }
}
