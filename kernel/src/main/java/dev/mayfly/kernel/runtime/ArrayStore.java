package dev.mayfly.kernel.runtime;

import org.teavm.interop.Address;
import org.teavm.runtime.RuntimeClass;
import org.teavm.runtime.RuntimeObject;

/**
 * The type check of a store into an array of references (JLS §10.5, §15.26.1): a value whose
 * class is not assignable to the array's component type throws {@code ArrayStoreException} with
 * the value's class name as its message, as HotSpot does. The image builder calls it before every
 * {@code aastore}; TeaVM 0.16.0 stores anything.
 *
 * <p>A null array or an index out of bounds returns without a check: the store itself then throws
 * the exception the JVM checks for first (JVMS §6.5 aastore).
 */
public final class ArrayStore {
    private ArrayStore() {
    }

    public static void check(Object[] array, int index, Object value) {
        if (value == null || array == null || index < 0 || index >= array.length) {
            return;
        }
        // Safe: both are live references held by this frame; the class of a live object is a
        // static structure of the image, and isSupertypeOf is the compiler's own type test.
        RuntimeClass arrayClass = RuntimeClass.getClass(Address.ofObject(array).toStructure());
        RuntimeClass valueClass = RuntimeClass.getClass(Address.ofObject(value).toStructure());
        RuntimeClass component = arrayClass.itemType;
        if (component != valueClass && !component.isSupertypeOf.apply(component, valueClass)) {
            throw new ArrayStoreException(ClassCasts.binaryName(value.getClass()));
        }
    }
}
