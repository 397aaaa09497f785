package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassCastsTest {
    record Point(int x) {
    }

    /** A real checkcast of {@code value} to {@code target} (Class.cast words its message differently). */
    private record Cast(Object value, Class<?> target, Runnable cast) {
    }

    private static Object opaque(Object o) {
        return o;
    }

    private static final List<Cast> CASTS = List.of(
            new Cast(1, String.class, () -> System.out.print((String) opaque(1))),
            new Cast("text", Integer.class, () -> System.out.print((Integer) opaque("text"))),
            new Cast(new int[0], String[].class, () -> System.out.print((String[]) opaque(new int[0]))),
            new Cast(new String[0][0], int[].class, () -> System.out.print((int[]) opaque(new String[0][0]))),
            new Cast(new Point(1), String.class, () -> System.out.print((String) opaque(new Point(1)))),
            new Cast("text", Point.class, () -> System.out.print((Point) opaque("text"))),
            new Cast(new Point(1), Runnable.class, () -> ((Runnable) opaque(new Point(1))).run()),
            new Cast(new Point[0], Object[][].class, () -> System.out.print((Object[][]) opaque(new Point[0]))),
            new Cast(new Point[0], String[].class, () -> System.out.print((String[]) opaque(new Point[0]))),
            new Cast(new long[0][0], Point[].class, () -> System.out.print((Point[]) opaque(new long[0][0]))),
            new Cast(List.of(), Comparable.class, () -> System.out.print((Comparable<?>) opaque(List.of()))),
            new Cast(new Point(1), Point[].class, () -> System.out.print((Point[]) opaque(new Point(1)))));

    @Test
    void messagesAreHotSpots() {
        for (Cast cast : CASTS) {
            String hotspot = assertThrows(ClassCastException.class, cast.cast()::run).getMessage();
            assertEquals(hotspot, ClassCasts.message(cast.value().getClass(), cast.target()));
            assertEquals(hotspot, ClassCasts.failure(cast.value(), cast.target()).getMessage());
        }
    }

    @Test
    void checkPassesNullAndInstances() {
        ClassCasts.check(null, String.class);
        ClassCasts.check("x", CharSequence.class);
        assertThrows(ClassCastException.class, () -> ClassCasts.check(1, String.class));
    }

    @Test
    void binaryNamesAreTheJdks() {
        for (Class<?> type : List.of(int.class, int[].class, String[][].class, Point[].class, boolean[][].class)) {
            assertEquals(type.getName(), ClassCasts.binaryName(type));
        }
    }
}
