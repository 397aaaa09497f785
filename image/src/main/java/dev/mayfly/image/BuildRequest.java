package dev.mayfly.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to build: the application's jars and main class, where the image goes, and the compiled
 * runtime's heap bounds.
 *
 * @param jars the application's jars, first one first on the class path
 * @param mainClass binary name of the class whose {@code main(String[])} the image runs
 * @param output the image file to write
 * @param minHeapBytes initial Java heap
 * @param maxHeapBytes largest Java heap; the kernel caps it further to the VM's RAM at boot
 */
public record BuildRequest(List<Path> jars, String mainClass, Path output, int minHeapBytes, int maxHeapBytes) {
    public static final int DEFAULT_MIN_HEAP = 4 << 20;
    public static final int DEFAULT_MAX_HEAP = 1 << 30;

    public BuildRequest {
        jars = List.copyOf(jars);
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(output, "output");
        if (minHeapBytes <= 0 || maxHeapBytes < minHeapBytes) {
            throw new IllegalArgumentException("heap bounds: need 0 < min <= max, got " + minHeapBytes + ", " + maxHeapBytes);
        }
    }

    public BuildRequest(List<Path> jars, String mainClass, Path output) {
        this(jars, mainClass, output, DEFAULT_MIN_HEAP, DEFAULT_MAX_HEAP);
    }
}
