package dev.mayfly.image.teavm;

import java.lang.reflect.Field;
import java.util.function.Supplier;
import org.teavm.ast.AsyncMethodNode;
import org.teavm.backend.c.CTarget;
import org.teavm.cache.AstCacheEntry;
import org.teavm.cache.CacheStatus;
import org.teavm.cache.MethodNodeCache;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.FieldReader;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodReference;
import org.teavm.model.util.VariableType;
import org.teavm.vm.TeaVM;

/**
 * Makes the C that TeaVM 0.16.0's C target prints evaluate operands and arguments left to right
 * (JLS §15.7), by running {@link OperandSequencer} over each method between its decompilation
 * into an AST and the printing of that AST as C.
 *
 * <p>The C target offers no pass at that point, but it hands each freshly decompiled method to
 * its AST cache ({@code CTarget.setAstCache}, public, unused by non-incremental builds) before it
 * prints the same method object; this cache rewrites the method there and stores nothing, so it
 * never answers a lookup. TeaVM's own run-time classes ({@code org.teavm.*}) are left as they
 * are: they are written for the code the target prints.
 */
final class OperandOrderRepair implements MethodNodeCache {
    private static final String TARGET_FIELD = "target";

    private final Supplier<ClassReaderSource> classes;

    private OperandOrderRepair(Supplier<ClassReaderSource> classes) {
        this.classes = classes;
    }

    /** Installs the repair in the C target of {@code vm}; does nothing for other targets. */
    static void install(TeaVM vm) {
        try {
            Field targetField = TeaVM.class.getDeclaredField(TARGET_FIELD);
            targetField.setAccessible(true);
            if (targetField.get(vm) instanceof CTarget target) {
                target.setAstCache(new OperandOrderRepair(vm::getDependencyClassSource));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the C target of this TeaVM (expected TeaVM 0.16.0's "
                    + "TeaVM.target): " + e, e);
        }
    }

    @Override
    public AstCacheEntry get(MethodReference method, CacheStatus cacheStatus) {
        return null;
    }

    @Override
    public void store(MethodReference method, AstCacheEntry entry, Supplier<String[]> dependencies) {
        if (method.getClassName().startsWith("org.teavm.")) {
            return;
        }
        new OperandSequencer(entry.method, this::typeOf).apply();
    }

    @Override
    public AsyncMethodNode getAsync(MethodReference method, CacheStatus cacheStatus) {
        return null;
    }

    @Override
    public void storeAsync(MethodReference method, AsyncMethodNode node, Supplier<String[]> dependencies) {
    }

    private VariableType typeOf(FieldReference field) {
        FieldReader reader = classes.get().resolve(field);
        return reader == null ? null : OperandSequencer.primitive(reader.getType());
    }
}
