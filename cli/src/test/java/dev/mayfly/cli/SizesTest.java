package dev.mayfly.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void readsBinaryUnits() {
        assertEquals(64L << 20, Sizes.parse("64M", "-m"));
        assertEquals(1L << 30, Sizes.parse("1g", "-m"));
        assertEquals(512L << 10, Sizes.parse("512KB", "-m"));
        assertEquals(4096, Sizes.parse("4096", "-m"));
    }

    @Test
    void rejectsNonsenseNamingTheOption() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> Sizes.parse("lots", "--memory"));
        assertEquals("--memory: not a size: 'lots' (examples: 64M, 1G)", e.getMessage());
        assertThrows(UserFacingException.class, () -> Sizes.parse("-5M", "-m"));
        assertThrows(UserFacingException.class, () -> Sizes.parse("0", "-m"));
    }
}
