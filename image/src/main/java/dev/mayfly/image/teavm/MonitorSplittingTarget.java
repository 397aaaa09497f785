package dev.mayfly.image.teavm;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.teavm.backend.c.CTarget;
import org.teavm.vm.TeaVM;
import org.teavm.vm.TeaVMTarget;

/**
 * Makes TeaVM 0.16.0's C target treat {@code monitorenter} as a point where a thread can suspend,
 * which the target means to do in every program that starts threads but never does.
 *
 * <p>The C target splits a method's code into resumable parts at each call that can suspend and,
 * when the program "has threads", at each {@code monitorenter}; only then does a thread that has
 * to wait for a monitor leave the method cleanly and come back to the same place. The target asks
 * its AsyncMethodFinder whether there are threads, and that finder answers by looking for methods
 * with monitors in its set of suspending methods before it has filled the set, so the answer is
 * always no. A thread meeting a contended monitor then carried on inside the critical section
 * while its fiber was being suspended: two owners, lost state, a runtime abort.
 *
 * <p>The repair wraps the compiler's target: after the target's own analysis, which is where it
 * records the answer, the answer is set to yes. Everything else goes to the target unchanged.
 * Only the splitting changes; which methods can suspend is still the finder's computation, so a
 * method that calls nothing that suspends still enters monitors without suspending (and calls
 * {@code monitorEnterSync}, see Monitors.enterWithoutSuspending). Reflection is the only way in:
 * the flag is a private field and the target is made inside TeaVM's build tool; TeaVM's files are
 * not modified. If a different TeaVM lacks the field, the build fails with that reason.
 */
final class MonitorSplittingTarget implements InvocationHandler {
    private static final String TARGET_FIELD = "target";
    private static final String HAS_THREADS_FIELD = "hasThreads";

    private final CTarget target;
    private final Field hasThreads;

    private MonitorSplittingTarget(CTarget target, Field hasThreads) {
        this.target = target;
        this.hasThreads = hasThreads;
    }

    /** Wraps the C target of {@code vm}; does nothing for other targets. */
    static void install(TeaVM vm) {
        try {
            Field targetField = TeaVM.class.getDeclaredField(TARGET_FIELD);
            targetField.setAccessible(true);
            Object target = targetField.get(vm);
            if (!(target instanceof CTarget cTarget)) {
                return;
            }
            Field hasThreads = CTarget.class.getDeclaredField(HAS_THREADS_FIELD);
            hasThreads.setAccessible(true);
            Object proxy = Proxy.newProxyInstance(MonitorSplittingTarget.class.getClassLoader(),
                    CTarget.class.getInterfaces(), new MonitorSplittingTarget(cTarget, hasThreads));
            targetField.set(vm, proxy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make monitorenter a suspension point in this TeaVM "
                    + "(expected TeaVM 0.16.0's TeaVM.target and CTarget.hasThreads): " + e, e);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (method.getName().equals("analyzeBeforeOptimizations")
                && method.getDeclaringClass() == TeaVMTarget.class) {
            hasThreads.setBoolean(target, true);
        }
        return result;
    }
}
