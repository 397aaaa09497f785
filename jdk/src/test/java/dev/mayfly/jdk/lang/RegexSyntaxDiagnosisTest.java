package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** The description found again from a malformed pattern is the host JDK's, and the message has the JDK's layout. */
class RegexSyntaxDiagnosisTest {

    private static PatternSyntaxException jdkError(String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return e;
        }
        return fail("the JDK accepts " + pattern);
    }

    @Test
    void diagnosedErrorsAreWordedAndPlacedAsTheJdkDoes() {
        for (String pattern : new String[] {"(unclosed", "((a)", "(?<n>x", "(?:a|b", "[abc", "[^]a", "a[b[c]", "*a", "a(*b)", "x|+", "a**",
            "a??+", "a\\", "(a)(b"}) {
            PatternSyntaxException jdk = jdkError(pattern);
            RegexSyntaxDiagnosis diagnosis = RegexSyntaxDiagnosis.of(pattern);
            assertNotNull(diagnosis, pattern);
            assertEquals(jdk.getDescription(), diagnosis.description(), pattern);
            assertEquals(jdk.getIndex(), diagnosis.index(), pattern);
            assertEquals(jdk.getMessage(), PatternSyntaxExceptionPatch.message(diagnosis.description(), diagnosis.index(), pattern), pattern);
        }
    }

    @Test
    void wellFormedPatternsHaveNoDiagnosis() {
        for (String pattern : new String[] {"^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3})$", "a*+b", "[]a]", "(?=x)y", "(?<=\\$)\\d+", "a|b|"}) {
            Pattern.compile(pattern);
            assertNull(RegexSyntaxDiagnosis.of(pattern), pattern);
        }
    }
}
