package dev.mayfly.kernel.runtime;

import java.lang.reflect.Array;
import org.teavm.interop.Address;
import org.teavm.interop.Structure;
import org.teavm.runtime.Allocator;
import org.teavm.runtime.RuntimeClass;
import org.teavm.runtime.RuntimeObject;

/**
 * The shallow copy that {@code Object.clone()} makes, as the image builder links it in place of
 * TeaVM 0.16.0's {@code Object.cloneLowLevel}, which corrupts the heap in two ways:
 * <ul>
 *   <li>it sizes a primitive array's copy with {@code RuntimeClass.isPrimitive(arrayClass)}
 *       (always false) instead of the item type, so it copies 8 bytes per element: an
 *       {@code int[]} clone writes as many bytes again past the end of the new array, over
 *       whatever objects follow it — the conformance suite's crash in the collector after
 *       ArraySortSearch ({@code big.clone()} of an {@code int[20000]} overwrote old-generation
 *       objects behind the copy);</li>
 *   <li>it holds the original only as a raw pointer while allocating the copy, so a collection
 *       during that allocation may free or move it.</li>
 * </ul>
 * It also never threw {@link CloneNotSupportedException} (the check sat in a method body the C
 * target does not use).
 */
public final class ObjectCopy {
    private ObjectCopy() {
    }

    /** {@code Object.clone()} of {@code self}: a new object of the same class with the same field values. */
    public static Object cloneOf(Object self) throws CloneNotSupportedException {
        Class<?> type = self.getClass();
        if (type.isArray()) {
            int length = Array.getLength(self);
            Object copy = Array.newInstance(type.getComponentType(), length);
            System.arraycopy(self, 0, copy, 0, length);
            return copy;
        }
        if (!(self instanceof Cloneable)) {
            throw new CloneNotSupportedException(type.getName());
        }
        return copyFields(self);
    }

    private static Object copyFields(Object self) {
        // Safe: the class of a live object is a static structure of the image.
        RuntimeClass cls = RuntimeClass.getClass(Address.ofObject(self).toStructure());
        Address copy = Allocator.allocate(cls);
        // The allocation may have collected garbage. self is used below, so it is a root of this
        // frame's shadow stack: alive, and not moved (the collector never relocates objects that
        // stack frames refer to). copy is fresh and young: filling it needs no write barrier.
        Address from = Address.ofObject(self);
        int header = Structure.sizeOf(RuntimeObject.class);
        Address.moveMemoryBlock(from.add(header), copy.add(header), cls.size - header);
        RuntimeObject result = copy.toStructure();
        return result;
    }
}
