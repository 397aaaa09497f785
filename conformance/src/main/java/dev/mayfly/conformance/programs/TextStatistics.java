package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exercises text processing: tokenising a passage, word frequencies in a TreeMap, sorting entries
 * by count then word, sentence and character statistics, and a formatted report.
 */
public class TextStatistics {

    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness, it was the
            spring of hope, it was the winter of despair. We had everything before us, we had
            nothing before us; we were all going direct to Heaven, we were all going direct the
            other way. In short, the period was so far like the present period!
            """;

    public static void main(String[] args) {
        Map<String, Integer> freq = new TreeMap<>();
        int letters = 0;
        int vowels = 0;
        int upper = 0;
        int punctuation = 0;
        for (char ch : TEXT.toCharArray()) {
            if (Character.isLetter(ch)) {
                letters++;
                if ("aeiouAEIOU".indexOf(ch) >= 0) {
                    vowels++;
                }
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            } else if (",.;!?".indexOf(ch) >= 0) {
                punctuation++;
            }
        }
        String[] tokens = TEXT.toLowerCase().split("[^a-z']+");
        int words = 0;
        int longest = 0;
        String longestWord = "";
        for (String tok : tokens) {
            if (tok.isEmpty()) {
                continue;
            }
            words++;
            freq.merge(tok, 1, Integer::sum);
            if (tok.length() > longest) {
                longest = tok.length();
                longestWord = tok;
            }
        }
        String[] sentences = TEXT.trim().split("[.!?]\\s*");
        System.out.println("lines=" + TEXT.split("\n").length + " sentences=" + sentences.length + " words=" + words
                + " distinct=" + freq.size());
        System.out.println("letters=" + letters + " vowels=" + vowels + " upper=" + upper + " punctuation=" + punctuation);
        System.out.println("longest=" + longestWord + " (" + longest + ")");
        System.out.printf("average word length %.3f\n", (double) letters / words);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        System.out.println("top words:");
        for (int k = 0; k < 8; k++) {
            Map.Entry<String, Integer> e = entries.get(k);
            StringBuilder bar = new StringBuilder();
            for (int j = 0; j < e.getValue(); j++) {
                bar.append('*');
            }
            System.out.println(String.format("  %-8s %3d %s", e.getKey(), e.getValue(), bar));
        }
        Map<Character, Integer> initials = new TreeMap<>();
        for (String w : freq.keySet()) {
            initials.merge(w.charAt(0), freq.get(w), Integer::sum);
        }
        System.out.println("by initial " + initials);
        Map<Integer, List<String>> byLength = new TreeMap<>();
        for (String w : freq.keySet()) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        byLength.forEach((len, ws) -> System.out.println("  len " + len + ": " + ws));
    }
}
