package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IndexMessagesTest {
    private static String hotspot(Class<? extends Throwable> type, Executable failing) {
        return assertThrows(type, failing).getMessage();
    }

    @Test
    void stringMessagesAreTheJdks() {
        for (int index : new int[] {-1, 3, 7}) {
            assertEquals(hotspot(StringIndexOutOfBoundsException.class, () -> "abc".charAt(index)),
                    IndexMessages.stringIndex("abc", index).getMessage());
        }
        int[][] ranges = {{2, 1}, {-1, 2}, {0, 4}, {5, 5}, {4, 2}};
        for (int[] range : ranges) {
            assertEquals(hotspot(StringIndexOutOfBoundsException.class, () -> "abc".substring(range[0], range[1])),
                    hotspot(StringIndexOutOfBoundsException.class,
                            () -> IndexMessages.checkSubstring("abc", range[0], range[1])));
        }
        assertEquals(hotspot(StringIndexOutOfBoundsException.class, () -> "abc".substring(4)),
                hotspot(StringIndexOutOfBoundsException.class, () -> IndexMessages.checkSubstring("abc", 4)));
        IndexMessages.checkSubstring("abc", 0, 3);
        IndexMessages.checkSubstring("abc", 3);
    }

    @Test
    void listMessagesAreTheJdks() {
        ArrayList<Integer> list = new ArrayList<>(List.of(1, 2));
        for (int index : new int[] {-1, 2, 4}) {
            assertEquals(hotspot(IndexOutOfBoundsException.class, () -> list.get(index)),
                    IndexMessages.listIndex(list, index).getMessage());
        }
        for (int index : new int[] {-1, 3}) {
            assertEquals(hotspot(IndexOutOfBoundsException.class, () -> list.add(index, 9)),
                    IndexMessages.listIndexForAdd(list, index).getMessage());
        }
    }

    @Test
    void arraycopyMessagesAreHotSpots() {
        int[] three = new int[3];
        String[] two = new String[2];
        int[][] calls = {{-1, 0, 1}, {0, -2, 1}, {0, 0, -3}, {2, 0, 2}, {0, 1, 2}};
        for (int[] c : calls) {
            assertEquals(hotspot(ArrayIndexOutOfBoundsException.class, () -> System.arraycopy(three, c[0], new int[2], c[1], c[2])),
                    IndexMessages.arraycopy(three, c[0], new int[2], c[1], c[2]).getMessage());
            assertEquals(hotspot(ArrayIndexOutOfBoundsException.class, () -> System.arraycopy(new String[3], c[0], two, c[1], c[2])),
                    IndexMessages.arraycopy(new String[3], c[0], two, c[1], c[2]).getMessage());
        }
    }
}
