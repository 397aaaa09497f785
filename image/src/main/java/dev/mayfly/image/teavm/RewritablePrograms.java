package dev.mayfly.image.teavm;

import java.util.function.Consumer;
import org.teavm.model.ClassHolder;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;

/**
 * The method bodies of a class that the semantic repairs may rewrite: not those of the compiler's
 * own run time ({@code org.teavm.*}) nor of {@code @Unmanaged} classes and methods, which may not
 * throw, nor of the kernel helper a repair calls (rewriting it would make it call itself).
 */
final class RewritablePrograms {
    static final String UNMANAGED = "org.teavm.interop.Unmanaged";

    private RewritablePrograms() {
    }

    /** Passes each rewritable body of {@code cls} to {@code rewrite}; none if {@code cls} is {@code helper}. */
    static void forEach(ClassHolder cls, String helper, Consumer<Program> rewrite) {
        if (cls.getName().startsWith("org.teavm.") || cls.getName().equals(helper)
                || cls.getAnnotations().get(UNMANAGED) != null) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null && method.getAnnotations().get(UNMANAGED) == null) {
                rewrite.accept(program);
            }
        }
    }
}
