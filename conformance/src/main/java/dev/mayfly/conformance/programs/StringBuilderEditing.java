package dev.mayfly.conformance.programs;

/**
 * Exercises StringBuilder editing operations (append of every type, insert, delete, deleteCharAt,
 * replace, reverse, setCharAt, setLength, indexOf, chained calls) in a tiny line editor that
 * replays an edit script.
 */
public class StringBuilderEditing {

    public static void main(String[] args) {
        StringBuilder doc = new StringBuilder();
        doc.append("Mayfly").append(' ').append(1).append(' ').append(2L).append(' ').append(3.5f).append(' ')
                .append(4.25).append(' ').append(true).append(' ').append((Object) null).append(' ')
                .append(new char[] {'x', 'y'}).append(' ').append((String) null).append(' ').append('c');
        System.out.println(doc + " len=" + doc.length());
        String[] script = {
            "insert 0 >>",
            "insert 8 [boot]",
            "delete 0 2",
            "replace 0 6 MAYFLY",
            "deleteCharAt 6",
            "reverse",
            "reverse",
            "setCharAt 0 m",
            "append !",
            "setLength 20",
            "append ?",
        };
        for (String cmd : script) {
            String[] p = cmd.split(" ", 4);
            switch (p[0]) {
                case "insert" -> doc.insert(Integer.parseInt(p[1]), p[2]);
                case "delete" -> doc.delete(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                case "replace" -> doc.replace(Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[3]);
                case "deleteCharAt" -> doc.deleteCharAt(Integer.parseInt(p[1]));
                case "reverse" -> doc.reverse();
                case "setCharAt" -> doc.setCharAt(Integer.parseInt(p[1]), p[2].charAt(0));
                case "append" -> doc.append(p[1]);
                case "setLength" -> doc.setLength(Integer.parseInt(p[1]));
                default -> throw new IllegalStateException(cmd);
            }
            System.out.println(String.format("%-16s|%s| %d", cmd, doc, doc.length()));
        }
        StringBuilder nums = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            nums.append(i % 10);
        }
        System.out.println(nums.indexOf("345") + " " + nums.indexOf("345", 10) + " " + nums.lastIndexOf("90") + " "
                + nums.charAt(17) + " " + nums.substring(25) + " " + nums.substring(3, 6));
        nums.insert(5, 3.0).insert(0, -7L).insert(2, false).insert(1, 'Q');
        System.out.println(nums);
        StringBuilder setlen = new StringBuilder("abc");
        setlen.setLength(5);
        System.out.println(setlen.length() + " " + (setlen.charAt(4) == '\0') + " " + setlen.toString().replace('\0', '_'));
        StringBuilder surrogate = new StringBuilder("a\uD83D\uDE00b");
        surrogate.reverse();
        System.out.println("reversed keeps pair: " + (surrogate.charAt(1) == '\uD83D') + " " + surrogate.codePointAt(1));
        StringBuilder cmp1 = new StringBuilder("apple");
        StringBuilder cmp2 = new StringBuilder("apricot");
        System.out.println((cmp1.toString().compareTo(cmp2.toString()) < 0) + " " + cmp1.equals(new StringBuilder("apple"))
                + " " + "apple".contentEquals(cmp1));
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert out of range: " + e.getClass().getSimpleName());
        }
    }
}
