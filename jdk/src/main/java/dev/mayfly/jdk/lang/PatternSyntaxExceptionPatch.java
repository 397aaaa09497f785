package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.regex.PatternSyntaxException;

/**
 * java.util.regex.PatternSyntaxException as the JDK words it: the compiler's regex engine leaves
 * the description empty, so it is found again from the pattern ({@link RegexSyntaxDiagnosis}), and
 * the message has the JDK's layout: description, " near index N", the pattern, and a caret under
 * the index when it falls inside the pattern.
 */
@PatchFor("java.util.regex.PatternSyntaxException")
public final class PatternSyntaxExceptionPatch {
    private PatternSyntaxExceptionPatch() {
    }

    /** {@link PatternSyntaxException#getDescription()}. */
    @InstanceMethod
    public static String getDescription(PatternSyntaxException self) {
        RegexSyntaxDiagnosis diagnosis = RegexSyntaxDiagnosis.of(self.getPattern());
        return diagnosis != null ? diagnosis.description() : "Syntax error";
    }

    /** {@link PatternSyntaxException#getMessage()}. */
    @InstanceMethod
    public static String getMessage(PatternSyntaxException self) {
        return message(getDescription(self), self.getIndex(), self.getPattern());
    }

    /** The JDK's message layout for a description, an index (-1: unknown) and a pattern. */
    static String message(String description, int index, String pattern) {
        StringBuilder sb = new StringBuilder(description);
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
