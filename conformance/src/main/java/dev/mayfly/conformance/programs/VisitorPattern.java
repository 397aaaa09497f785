package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises double dispatch with the visitor pattern over a small document model: rendering to
 * text, counting words and collecting links, with generic visitor return types.
 */
public class VisitorPattern {

    interface Visitor<R> {
        R visitHeading(Heading h);

        R visitParagraph(Paragraph p);

        R visitLink(Link l);

        R visitSection(Section s);
    }

    abstract static class Node {
        abstract <R> R accept(Visitor<R> v);
    }

    static class Heading extends Node {
        final int level;
        final String text;

        Heading(int level, String text) {
            this.level = level;
            this.text = text;
        }

        <R> R accept(Visitor<R> v) {
            return v.visitHeading(this);
        }
    }

    static class Paragraph extends Node {
        final String text;

        Paragraph(String text) {
            this.text = text;
        }

        <R> R accept(Visitor<R> v) {
            return v.visitParagraph(this);
        }
    }

    static class Link extends Node {
        final String label;
        final String href;

        Link(String label, String href) {
            this.label = label;
            this.href = href;
        }

        <R> R accept(Visitor<R> v) {
            return v.visitLink(this);
        }
    }

    static class Section extends Node {
        final List<Node> children = new ArrayList<>();

        Section add(Node n) {
            children.add(n);
            return this;
        }

        <R> R accept(Visitor<R> v) {
            return v.visitSection(this);
        }
    }

    static class Renderer implements Visitor<String> {
        private int depth;

        private static String pad(int depth) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append("  ");
            }
            return sb.toString();
        }

        private static String hashes(int n) {
            char[] cs = new char[n];
            java.util.Arrays.fill(cs, '#');
            return new String(cs);
        }

        public String visitHeading(Heading h) {
            return pad(depth) + hashes(h.level) + " " + h.text + "\n";
        }

        public String visitParagraph(Paragraph p) {
            return pad(depth) + p.text + "\n";
        }

        public String visitLink(Link l) {
            return pad(depth) + "[" + l.label + "](" + l.href + ")\n";
        }

        public String visitSection(Section s) {
            StringBuilder sb = new StringBuilder();
            depth++;
            for (Node n : s.children) {
                sb.append(n.accept(this));
            }
            depth--;
            return sb.toString();
        }
    }

    static class WordCounter implements Visitor<Integer> {
        static int words(String s) {
            String t = s.trim();
            return t.isEmpty() ? 0 : t.split("\\s+").length;
        }

        public Integer visitHeading(Heading h) {
            return words(h.text);
        }

        public Integer visitParagraph(Paragraph p) {
            return words(p.text);
        }

        public Integer visitLink(Link l) {
            return words(l.label);
        }

        public Integer visitSection(Section s) {
            int sum = 0;
            for (Node n : s.children) {
                sum += n.accept(this);
            }
            return sum;
        }
    }

    public static void main(String[] args) {
        Section doc = new Section()
                .add(new Heading(1, "Mayfly"))
                .add(new Paragraph("A unikernel that lives for one application."))
                .add(new Section()
                        .add(new Heading(2, "Why"))
                        .add(new Paragraph("Boots in milliseconds, dies without regret."))
                        .add(new Link("design notes", "docs/DESIGN.md")))
                .add(new Section()
                        .add(new Heading(2, "How"))
                        .add(new Section().add(new Paragraph("Ahead-of-time compiled Java.")))
                        .add(new Link("source", "https://example.invalid/mayfly")));
        System.out.print(doc.accept(new Renderer()));
        System.out.println("words: " + doc.accept(new WordCounter()));
        List<String> links = new ArrayList<>();
        doc.accept(new Visitor<Void>() {
            public Void visitHeading(Heading h) {
                return null;
            }

            public Void visitParagraph(Paragraph p) {
                return null;
            }

            public Void visitLink(Link l) {
                links.add(l.href);
                return null;
            }

            public Void visitSection(Section s) {
                s.children.forEach(n -> n.accept(this));
                return null;
            }
        });
        System.out.println("links: " + links);
    }
}
