package dev.mayfly.jdk.java.util.regex;

/**
 * java.util.regex.PatternSyntaxException on Mayfly (compiled as
 * {@code java.util.regex.PatternSyntaxException}): a malformed pattern, with the JDK's message
 * layout: the description, " near index N" when the index is known, the pattern, and a caret
 * under the index when it falls inside the pattern.
 */
public class PatternSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = -3864639126226059218L;

    private final String desc;
    private final String pattern;
    private final int index;

    /** A syntax error described by {@code desc} at {@code index} (-1: unknown) of {@code regex}. */
    public PatternSyntaxException(String desc, String regex, int index) {
        this.desc = desc;
        this.pattern = regex;
        this.index = index;
    }

    public int getIndex() {
        return index;
    }

    public String getDescription() {
        return desc;
    }

    public String getPattern() {
        return pattern;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        sb.append(desc);
        if (index >= 0) {
            sb.append(" near index ").append(index);
        }
        sb.append(System.lineSeparator()).append(pattern);
        if (index >= 0 && pattern != null && index < pattern.length()) {
            sb.append(System.lineSeparator());
            for (int i = 0; i < index; i++) {
                sb.append(' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }
}
