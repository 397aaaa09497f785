package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teavm.asm.ClassReader;
import org.teavm.asm.tree.ClassNode;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.ReferenceCache;
import org.teavm.model.transformation.NullCheckFilter;
import org.teavm.parsing.Parser;

class NullPointerMessagesTest {
    /** Each method fails with HotSpot's helpful NullPointerException on its arguments of null. */
    static final class Fixture {
        static Fixture shared = new Fixture();
        String name;
        Fixture next;
        int[] scores;

        static int invokeOnStaticChain() {
            return shared.name.length();
        }

        static String readField() {
            return shared.next.name;
        }

        static int loadElement() {
            return shared.scores[0];
        }

        static int arrayLength() {
            return shared.scores.length;
        }

        static int unboxReturnValue(Map<String, Integer> map) {
            int n = map.get("x");
            return n;
        }

        static void assignField(Fixture f) {
            f.name = "x";
        }

        static int namedLocal() {
            String s = shared.name;
            return s.length();
        }

        static void storeElement(Object[] values) {
            values[0] = "x";
        }

        static char loadFromElement(char[][] grid) {
            return grid[1][2];
        }

        int instanceChain() {
            return this.next.name.length();
        }

        static void throwIt(RuntimeException e) {
            throw e;
        }

        static void enter(Fixture f) {
            synchronized (f.next) {
                f.name = "y";
            }
        }
    }

    @Test
    void messagesAreHotSpots() throws Exception {
        ClassHolder parsed = parse(Fixture.class);
        Fixture receiver = new Fixture();
        Map<String, Object[]> arguments = new HashMap<>();
        arguments.put("unboxReturnValue", new Object[] {new HashMap<String, Integer>()});
        arguments.put("loadFromElement", new Object[] {new char[2][]});
        arguments.put("enter", new Object[] {new Fixture()});
        int compared = 0;
        for (Method method : Fixture.class.getDeclaredMethods()) {
            if (method.isSynthetic()) {
                continue;
            }
            Object[] args = arguments.getOrDefault(method.getName(), new Object[method.getParameterCount()]);
            InvocationTargetException failure = assertThrows(InvocationTargetException.class,
                    () -> method.invoke(receiver, args), method.getName());
            String hotspot = ((NullPointerException) failure.getCause()).getMessage();
            List<String> ours = siteMessages(parsed, method.getName());
            assertTrue(ours.contains(hotspot), method.getName() + ": HotSpot says " + hotspot + ", ours " + ours);
            compared++;
        }
        assertTrue(compared >= 12, "compared " + compared);
    }

    private static List<String> siteMessages(ClassHolder cls, String methodName) {
        MethodHolder method = cls.getMethods().stream().filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow();
        NullPointerMessages messages = new NullPointerMessages(method.getProgram(), method.getReference());
        List<String> found = new ArrayList<>();
        for (BasicBlock block : method.getProgram().getBasicBlocks()) {
            for (Instruction insn : block) {
                NullCheckLinker.Site site = NullCheckLinker.site(insn, messages, NullCheckFilter.EMPTY);
                if (site != null) {
                    found.add(site.message());
                }
            }
        }
        return found;
    }

    private static ClassHolder parse(Class<?> type) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, 0);
            return new Parser(new ReferenceCache()).parseClass(node);
        }
    }
}
