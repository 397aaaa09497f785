package org.teavm.runtime;

import org.teavm.interop.Address;
import org.teavm.interop.Structure;
import org.teavm.interop.Unmanaged;

/**
 * Mayfly's repair of TeaVM 0.16.0's heap resizing (a Mayfly class, not TeaVM's; it sits in
 * TeaVM's runtime package only to reach the collector's package-private {@code GC.lastChunk}).
 *
 * <p>{@code GC.resizeHeapConsistent} trusts {@code lastChunk} to be the block that ends at the end
 * of the heap: growing extends it when it is free, or writes a new free chunk right after it; and
 * shrinking cuts it. But the collector leaves it stale, e.g. when {@code calculateRelocationTargets}
 * runs out of relocation space and walks the rest of the heap without updating it, so a growing
 * heap wrote a free-chunk header over a live object or handed out live memory as free — in the
 * conformance suite a 500,000-node list lost its tail (StackOverflowRecovery). The image builder
 * calls {@link #find()} at the start of {@code resizeHeapConsistent}, which walks the (consistent,
 * just collected) heap and sets {@code lastChunk} to its last block. Resizes are rare (the heap
 * doubles or shrinks by a quarter), so the walk is cheap next to the collection before it.
 */
@Unmanaged
public final class MayflyLastChunk {
    private MayflyLastChunk() {
    }

    /** Sets {@code GC.lastChunk} to the block (object or free chunk) that ends at the heap's end. */
    public static void find() {
        // Safe: called by the collector between a collection and the resize, when every block of
        // [heapAddress, heapAddress + availableBytes) starts with a valid header.
        Address block = GC.heapAddress();
        Address end = block.add(GC.availableBytes());
        Address last = block;
        while (block.isLessThan(end)) {
            int size = blockSize(block);
            if (size <= 0) {
                break;
            }
            last = block;
            block = block.add(size);
        }
        GC.lastChunk = last.toStructure();
    }

    private static int blockSize(Address address) {
        FreeChunk chunk = address.toStructure();
        if (chunk.classReference == 0) {
            return chunk.size;
        }
        RuntimeClass cls = RuntimeClass.getClass(address.toStructure());
        if (cls.itemType == null) {
            return cls.size;
        }
        int itemSize = RuntimeClass.isPrimitive(cls.itemType) ? cls.itemType.size : Address.sizeOf();
        RuntimeArray array = address.toStructure();
        Address size = Address.align(Address.fromInt(Structure.sizeOf(RuntimeArray.class)), itemSize);
        size = size.add(itemSize * array.size);
        return Address.align(size, Address.sizeOf()).toInt();
    }
}
