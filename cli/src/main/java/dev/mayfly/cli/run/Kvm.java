package dev.mayfly.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this host can run guests with KVM. */
public final class Kvm {
    public static final Path DEVICE = Path.of("/dev/kvm");

    private Kvm() {
    }

    /** Null when /dev/kvm is usable, else the reason it is not. */
    public static String unusableReason() {
        if (!Files.exists(DEVICE)) {
            return DEVICE + " does not exist (no hardware virtualization or KVM module)";
        }
        if (!Files.isReadable(DEVICE) || !Files.isWritable(DEVICE)) {
            return DEVICE + " is not readable and writable by this user";
        }
        return null;
    }
}
