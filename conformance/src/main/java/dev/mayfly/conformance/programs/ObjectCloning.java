package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises Object.clone: Cloneable classes with shallow super.clone(), deep copies of mutable
 * fields, covariant clone return types, CloneNotSupportedException for non-Cloneable classes, and
 * array clones, on a document-template prototype registry.
 */
public class ObjectCloning {

    static class Template implements Cloneable {
        String title;
        int[] margins;
        List<String> sections;

        Template(String title, int[] margins, List<String> sections) {
            this.title = title;
            this.margins = margins;
            this.sections = sections;
        }

        Template shallow() throws CloneNotSupportedException {
            return (Template) super.clone();
        }

        @Override
        public Template clone() {
            try {
                Template t = (Template) super.clone();
                t.margins = margins.clone();
                t.sections = new ArrayList<>(sections);
                return t;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String toString() {
            return title + java.util.Arrays.toString(margins) + sections;
        }
    }

    static class NotCloneable {
        Object attempt() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    public static void main(String[] args) throws Exception {
        Template letter = new Template("letter", new int[] {20, 20, 25, 25}, new ArrayList<>(List.of("header", "body")));
        Template shallow = letter.shallow();
        Template deep = letter.clone();
        letter.margins[0] = 99;
        letter.sections.add("signature");
        letter.title = "letter v2";
        System.out.println("original " + letter);
        System.out.println("shallow  " + shallow + " shares margins " + (shallow.margins == letter.margins) + " same class "
                + (shallow.getClass() == letter.getClass()));
        System.out.println("deep     " + deep + " distinct " + (deep != letter));
        try {
            new NotCloneable().attempt();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        long[] arr = {1, 2, 3};
        long[] copy = arr.clone();
        copy[0] = -1;
        String[][] names = {{"a"}, {"b", "c"}};
        String[][] namesCopy = names.clone();
        namesCopy[1][0] = "B";
        System.out.println("array clone " + arr[0] + " " + copy[0] + " nested shared " + names[1][0] + " " + (names != namesCopy));
        ArrayList<String> list = new ArrayList<>(List.of("x", "y"));
        @SuppressWarnings("unchecked")
        ArrayList<String> listCopy = (ArrayList<String>) list.clone();
        listCopy.add("z");
        System.out.println("ArrayList clone " + list + " " + listCopy);
    }
}
