package dev.mayfly.image.teavm;

import org.teavm.classlib.impl.JCLPlugin;
import org.teavm.vm.TeaVM;
import org.teavm.vm.spi.After;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * The compiler plugin of the image builder (found through META-INF/services): links the
 * application's main class to the kernel's entry and applies the class-library patches. Does
 * nothing unless the build set {@value #MAIN_CLASS_PROPERTY}, so other uses of the compiler in the
 * same class loader are unaffected. Installed after the class library's plugin, so that its
 * bootstrap-method substitutors can be replaced.
 */
@After(JCLPlugin.class)
public final class MayflyTeaVMPlugin implements TeaVMPlugin {
    /** Compiler property naming the application's main class. */
    public static final String MAIN_CLASS_PROPERTY = "mayfly.mainClass";
    /** Resource listing the class-library patch classes, one binary name per line. */
    public static final String PATCH_LIST_RESOURCE = "META-INF/mayfly/class-library-patches";

    @Override
    public void install(TeaVMHost host) {
        String mainClass = host.getProperties().getProperty(MAIN_CLASS_PROPERTY);
        if (mainClass == null) {
            return;
        }
        host.add(new AppMainLinker(mainClass));
        // Repairs of the compiled runtime's semantics (docs/ARCHITECTURE.md, "Java semantics").
        host.add(new NullCheckLinker());
        host.add(new ObjectCloneLinker());
        host.add(new MonitorTableLinker());
        host.add(new MonitorLinker());
        if (host instanceof TeaVM vm) {
            // Before the monitor repair wraps the target (it needs the C target itself).
            OperandOrderRepair.install(vm);
            MonitorSplittingTarget.install(vm);
        }
        host.add(new IntegerDivisionLinker());
        host.add(new NumericConversionLinker());
        host.add(new ArrayLengthLinker());
        host.add(new ArrayIndexLinker());
        host.add(new ArrayStoreLinker());
        host.add(new ClassCastLinker());
        host.add(new IndexMessageLinker());
        host.add(new SuperclassInitLinker());
        host.add(new StaticInitFailureLinker());
        host.add(new HeapResizeRepair());
        host.add(new GcPauseLinker());
        host.add(new EventQueueRepair());
        host.add(new LastUserThreadLinker());
        host.add(new ThreadDefaultsLinker());
        host.add(new ThreadStateLinker());
        host.add(RecordHashCodeSubstitutor.OBJECT_METHODS_BOOTSTRAP, new RecordHashCodeSubstitutor());
        host.add(PrimitiveTypeSwitchSubstitutor.TYPE_SWITCH, new PrimitiveTypeSwitchSubstitutor());
        host.add(new ClassLibraryPatcher(PatchList.read(host.getResourceProvider(), PATCH_LIST_RESOURCE)));
        host.add(new ParameterCopyRepair());
        // Last: the stack check becomes each method's whole entry block, after the others added
        // their code at the start (see StackLimitLinker).
        host.add(new StackLimitLinker());
    }
}
