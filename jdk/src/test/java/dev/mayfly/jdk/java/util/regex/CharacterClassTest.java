package dev.mayfly.jdk.java.util.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every named class, property, predefined class and case-insensitive literal or range of
 * Mayfly's engine holds the same code points as the JDK's (over the whole BMP and a sample above
 * it), alone, complemented and inside a class, with and without CASE_INSENSITIVE and UNICODE_CASE.
 */
class CharacterClassTest {
    private static final String[] PROPERTIES = {
        "Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank", "Cntrl", "XDigit",
        "Space", "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "Z", "Zs", "Zl",
        "Zp", "C", "Cc", "Cf", "Co", "Cs", "Cn", "P", "Pd", "Ps", "Pe", "Pc", "Po", "Pi", "Pf", "S", "Sm", "Sc",
        "Sk", "So", "LC", "LD", "L1", "all", "javaLowerCase", "javaUpperCase", "javaAlphabetic", "javaTitleCase",
        "javaDigit", "javaDefined", "javaLetter", "javaLetterOrDigit", "javaJavaIdentifierStart",
        "javaJavaIdentifierPart", "javaUnicodeIdentifierStart", "javaUnicodeIdentifierPart",
        "javaIdentifierIgnorable", "javaSpaceChar", "javaWhitespace", "javaISOControl", "IsAlphabetic", "IsLetter",
        "IsLowercase", "IsUppercase", "IsTitlecase", "IsDigit", "IsWhite_Space", "IsWhiteSpace", "IsControl",
        "IsPunctuation", "IsHex_Digit", "IsAssigned", "IsNoncharacterCodePoint", "IsAlnum", "IsBlank", "IsGraph",
        "IsPrint", "IsWord", "IsJoin_Control", "IsLu", "IsL", "Isalphabetic", "gc=Lu", "general_category=Nd",
        "InGreek", "InBasicLatin", "InLatin-1 Supplement", "InCyrillic", "InGeneral_Punctuation", "blk=Arrows",
        "InHiragana",
    };

    private static final String[] OTHERS = {
        "\\w", "\\W", "\\b\\w", "\\w\\b", "\\B.", "\\p{lower}", "\\p{XDIGIT}", "\\d", "\\D", "\\s", "\\S", "\\h", "\\H", "\\v", "\\V", ".", "\\R", "[a-z]", "[A-Z]",
        "[\\u00c0-\\u00ff]", "[k]", "[K]", "[s]", "[\\u017f]", "\\u212a", "k", "s", "\\u00e9", "\\u00c9", "[\\u00e0-\\u00e5]",
        "[^a-c]", "[\\p{L}&&[^\\p{Lu}]]", "[a-z&&[def]]", "\\u0130", "i", "I", "\\u00df", "[\\u0370-\\u03ff]", "\\u01c5",
    };

    private static final int[] FLAGS = {0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
        Pattern.UNICODE_CHARACTER_CLASS, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE};

    private static List<String> candidates() {
        List<String> inputs = new ArrayList<>();
        for (int cp = 0; cp < 0x10000; cp++) {
            inputs.add(new String(Character.toChars(cp)));
        }
        for (int cp = 0x10000; cp < 0x110000; cp += 97) {
            inputs.add(new String(Character.toChars(cp)));
        }
        return inputs;
    }

    private static void compare(String regex, int flags, List<String> inputs) {
        java.util.regex.Pattern jdk;
        try {
            jdk = java.util.regex.Pattern.compile(regex, flags);
        } catch (java.util.regex.PatternSyntaxException e) {
            PatternSyntaxException mine = org.junit.jupiter.api.Assertions.assertThrows(PatternSyntaxException.class,
                    () -> Pattern.compile(regex, flags));
            assertEquals(e.getMessage(), mine.getMessage());
            return;
        }
        Pattern mayfly = Pattern.compile(regex, flags);
        StringBuilder differences = new StringBuilder();
        int count = 0;
        for (String input : inputs) {
            boolean expected = jdk.matcher(input).matches();
            if (mayfly.matcher(input).matches() != expected) {
                if (count++ < 5) {
                    differences.append(String.format(" U+%04X", input.codePointAt(0)));
                }
            }
        }
        assertEquals("", differences.toString(), () -> regex + " flags " + flags);
    }

    @Test
    void namedPropertiesHoldTheJdksCodePoints() {
        List<String> inputs = candidates();
        for (String name : PROPERTIES) {
            for (int flags : FLAGS) {
                compare("\\p{" + name + "}", flags, inputs);
                compare("\\P{" + name + "}", flags, inputs);
                compare("[x\\p{" + name + "}]", flags, inputs);
            }
        }
    }

    @Test
    void predefinedClassesAndCaseInsensitiveLiteralsHoldTheJdksCodePoints() {
        List<String> inputs = candidates();
        for (String regex : OTHERS) {
            for (int flags : FLAGS) {
                compare(regex, flags, inputs);
                compare(regex, flags | Pattern.DOTALL | Pattern.UNIX_LINES, inputs);
            }
        }
    }
}
