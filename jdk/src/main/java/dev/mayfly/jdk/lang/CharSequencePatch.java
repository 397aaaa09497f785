package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** java.lang.CharSequence's static {@code compare} (JDK 11), which the compiler's class library lacks. */
@PatchFor("java.lang.CharSequence")
public final class CharSequencePatch {
    private CharSequencePatch() {
    }

    /**
     * {@link CharSequence#compare}: the difference of the first differing chars, else of the
     * lengths (the same order as {@link String#compareTo}).
     */
    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
