package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatchListTest {
    @Test
    void ignoresBlankLinesAndComments() {
        assertEquals(List.of("a.B", "c.D"), PatchList.parse("# patches\na.B\n\n  c.D  \n"));
    }
}
