package dev.mayfly.image;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A finished build: the image, its size and the time of each stage in order.
 */
public record BuildResult(Path image, long sizeBytes, Map<String, Duration> stages) {
    public BuildResult {
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }
}
