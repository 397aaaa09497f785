package dev.mayfly.jdk.java.util.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's JDK-specific behaviours, one by one (the differential properties cover them at random). */
class RegexEngineTest {
    @Test
    void countedGroupOfVaryingLengthRepeatsFromEachEnd() {
        assertTrue(Pattern.matches("(?:\\w{1,2}){2}", "bx"));
        assertTrue(Pattern.matches("(?:x\\d{1,2}){2}", "x12x3"));
        assertFalse(Pattern.matches("(?:x\\d{1,2}){2}", "x1x"));
        assertTrue(Pattern.matches("(?:\\.\\d{1,3}){3}", ".1.22.255"));
    }

    @Test
    void alternationOfCharactersRepeatedOverALongInputDoesNotOverflowTheStack() {
        String input = "ab".repeat(50_000);
        Matcher m = Pattern.compile("(a|b)*").matcher(input);
        assertTrue(m.matches());
        assertEquals(input.length() - 1, m.start(1));
        assertTrue(Pattern.matches("(?:[ab]|c)+d?", input));
        assertTrue(Pattern.matches(".*b", input));
    }

    @Test
    void groupInsideARepeatedGroupKeepsTheLastIteration() {
        Matcher m = Pattern.compile("(?:(a)|(b))+").matcher("ab");
        assertTrue(m.matches());
        assertEquals("a", m.group(1));
        assertEquals("b", m.group(2));
        Matcher n = Pattern.compile("(\\w)+").matcher("xyz");
        assertTrue(n.matches());
        assertEquals("z", n.group(1));
    }

    @Test
    void dollarMatchesBeforeAFinalLineTerminator() {
        assertTrue(Pattern.compile("a$").matcher("a\n").find());
        assertTrue(Pattern.compile("a$").matcher("a\r\n").find());
        assertFalse(Pattern.compile("a$").matcher("a\n\n").find());
        assertTrue(Pattern.compile("a$", Pattern.MULTILINE).matcher("a\n\n").find());
        assertFalse(Pattern.compile("a\\z").matcher("a\n").find());
    }

    @Test
    void emptyMatchesAdvanceByOne() {
        assertEquals("-a-b-", Pattern.compile("x*").matcher("ab").replaceAll("-"));
        assertEquals(List.of(0, 1, 2), Pattern.compile("").matcher("ab").results().map(MatchResult::start).toList());
    }

    @Test
    void splitDropsTrailingEmptyStringsAndALeadingEmptyMatch() {
        assertArrayEquals(new String[] {"a", "b"}, Pattern.compile(",").split("a,b,,"));
        assertArrayEquals(new String[] {"a", "b", "", ""}, Pattern.compile(",").split("a,b,,", -1));
        assertArrayEquals(new String[] {"a", "b,,"}, Pattern.compile(",").split("a,b,,", 2));
        assertArrayEquals(new String[] {"a", "b"}, Pattern.compile("").split("ab"));
        assertArrayEquals(new String[] {"", "b"}, Pattern.compile("a").split("ab"));
        assertArrayEquals(new String[] {""}, Pattern.compile(",").split(""));
        assertArrayEquals(new String[] {"a", ",", "b"}, Pattern.compile(",").splitWithDelimiters("a,b", 0));
    }

    @Test
    void syntaxErrorsAreDescribedAsTheJdkDoes() {
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class, () -> Pattern.compile("a(b"));
        assertEquals("Unclosed group", e.getDescription());
        assertEquals(3, e.getIndex());
        assertEquals("Unclosed group near index 3" + System.lineSeparator() + "a(b", e.getMessage());
        PatternSyntaxException star = assertThrows(PatternSyntaxException.class, () -> Pattern.compile("a**"));
        assertEquals("Dangling meta character '*' near index 2" + System.lineSeparator() + "a**"
                + System.lineSeparator() + "  ^", star.getMessage());
        assertThrows(PatternSyntaxException.class, () -> Pattern.compile("(?<=a+b*(c|dd)*)x"));
    }

    @Test
    void namedGroupsAndReplacementReferences() {
        Pattern p = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})");
        Matcher m = p.matcher("on 2024-05");
        assertTrue(m.find());
        assertEquals("2024", m.group("year"));
        assertEquals(8, m.start("month"));
        assertEquals(Map.of("year", 1, "month", 2), p.namedGroups());
        assertEquals("on 05/2024", m.replaceAll("${month}/$1"));
        assertEquals("on [2024-05]", m.replaceFirst(r -> "[" + r.group() + "]"));
        assertThrows(IndexOutOfBoundsException.class, () -> m.replaceAll("$3"));
    }

    @Test
    void appendReplacementAndTailBuildTheResult() {
        Matcher m = Pattern.compile("o").matcher("foo bo");
        StringBuilder sb = new StringBuilder();
        StringBuffer buffer = new StringBuffer();
        while (m.find()) {
            m.appendReplacement(sb, "0");
        }
        m.appendTail(sb);
        assertEquals("f00 b0", sb.toString());
        m.reset();
        if (m.find()) {
            m.appendReplacement(buffer, "\\$");
        }
        m.appendTail(buffer);
        assertEquals("f$o bo", buffer.toString());
    }

    @Test
    void flagsAndInlineModifiers() {
        assertTrue(Pattern.compile("abc", Pattern.CASE_INSENSITIVE).matcher("AbC").matches());
        assertTrue(Pattern.matches("a(?i)b(?-i:c)", "aBc"));
        assertFalse(Pattern.matches("a(?i)b(?-i:c)", "aBC"));
        assertTrue(Pattern.compile("a b # comment\n c", Pattern.COMMENTS).matcher("abc").matches());
        assertTrue(Pattern.compile("a.c", Pattern.DOTALL).matcher("a\nc").matches());
        assertTrue(Pattern.compile("a.c", Pattern.LITERAL).matcher("a.c").matches());
        assertFalse(Pattern.compile("a.c", Pattern.LITERAL).matcher("abc").matches());
        assertEquals(Pattern.CASE_INSENSITIVE, Pattern.compile("(?i)x").flags());
        assertTrue(Pattern.compile("\u00e9", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("\u00c9").matches());
    }

    @Test
    void classesAndProperties() {
        assertTrue(Pattern.matches("[a-z&&[^e]]+", "abcd"));
        assertFalse(Pattern.matches("[a-z&&[^e]]+", "abe"));
        assertTrue(Pattern.matches("\\p{Lu}\\p{Ll}+\\p{Punct}", "Hello!"));
        assertTrue(Pattern.matches("\\p{IsAlphabetic}+\\p{InGreek}", "ab\u03b1"));
        assertTrue(Pattern.matches("\\h\\v\\R", " \n\r\n"));
        assertTrue(Pattern.matches("\\x{1F600}", "\uD83D\uDE00"));
    }

    @Test
    void regionsLookaroundAndBoundaries() {
        Matcher m = Pattern.compile("^b").matcher("abc");
        m.region(1, 3);
        assertTrue(m.lookingAt());
        assertTrue(Pattern.compile("(?<=a)b(?=c)").matcher("abc").find());
        assertTrue(Pattern.compile("\\bfoo\\b").matcher("a foo.").find());
        Matcher g = Pattern.compile("\\Ga").matcher("aab");
        assertTrue(g.find());
        assertTrue(g.find());
        assertFalse(g.find());
    }

    @Test
    void matchResultSnapshotsDoNotFollowTheMatcher() {
        Matcher m = Pattern.compile("(a)|b").matcher("ab");
        assertTrue(m.find());
        MatchResult first = m.toMatchResult();
        assertTrue(m.find());
        assertEquals("a", first.group(1));
        assertNull(m.group(1));
        assertThrows(IllegalStateException.class, () -> Pattern.compile("x").matcher("y").toMatchResult().start());
    }
}
