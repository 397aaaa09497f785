package dev.mayfly.image;

import java.time.Duration;

/** Receives the stages of a build as they finish, for progress output and figures. */
public interface BuildListener {
    /** A stage ended: class analysis, C generation, C compile, link. */
    void stageFinished(String stage, Duration took);

    /** Extra detail for --verbose output. */
    default void detail(String message) {
    }

    BuildListener SILENT = (stage, took) -> { };
}
