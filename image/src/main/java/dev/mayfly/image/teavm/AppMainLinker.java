package dev.mayfly.image.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Links the application to the kernel: gives {@code dev.mayfly.kernel.boot.AppMain.main} a body
 * that calls the application's {@code main(String[])}.
 */
final class AppMainLinker implements ClassHolderTransformer {
    static final String APP_MAIN_CLASS = "dev.mayfly.kernel.boot.AppMain";
    private static final MethodDescriptor MAIN = new MethodDescriptor("main",
            ValueType.arrayOf(ValueType.object("java.lang.String")), ValueType.VOID);

    private final String mainClass;

    AppMainLinker(String mainClass) {
        this.mainClass = mainClass;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(APP_MAIN_CLASS)) {
            return;
        }
        MethodHolder method = cls.getMethod(MAIN);
        method.getModifiers().remove(ElementModifier.NATIVE);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.invoke(mainClass, "main", ValueType.VOID, pe.var(1, MAIN.parameterType(0)));
        pe.exit();
    }
}
