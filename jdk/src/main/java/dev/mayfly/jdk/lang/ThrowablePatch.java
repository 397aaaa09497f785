package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/**
 * java.lang.Throwable's argument checks for {@code addSuppressed} (Throwable's Javadoc): a
 * throwable cannot suppress itself, nor a null exception. The compiler's class library accepted
 * both.
 */
@PatchFor("java.lang.Throwable")
public final class ThrowablePatch {
    /** The message of the IllegalArgumentException for self-suppression. */
    static final String SELF_SUPPRESSION = "Self-suppression not permitted";
    /** The message of the NullPointerException for a null suppressed exception. */
    static final String NULL_SUPPRESSED = "Cannot suppress a null exception.";

    private ThrowablePatch() {
    }

    /** Checks {@link Throwable#addSuppressed}'s argument before the class library's body stores it. */
    @InstanceMethod
    @Prologue
    public static void addSuppressed(Throwable self, Throwable exception) {
        if (exception == self) {
            throw new IllegalArgumentException(SELF_SUPPRESSION, exception);
        }
        if (exception == null) {
            throw new NullPointerException(NULL_SUPPRESSED);
        }
    }
}
