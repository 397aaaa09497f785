package dev.mayfly.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which kind of KVM this host offers, for labelling figures. */
final class HostKvm {
    private HostKvm() {
    }

    static String describe() {
        if (!Files.exists(Path.of("/dev/kvm"))) {
            return "no KVM (/dev/kvm missing)";
        }
        if (Files.isDirectory(Path.of("/sys/module/kvm_pvm"))) {
            return "kvm-pvm (paravirtualized KVM inside a VM; guest code runs natively only at CPL 3)";
        }
        if (Files.isDirectory(Path.of("/sys/module/kvm_intel"))) {
            return "hardware KVM (kvm_intel)";
        }
        if (Files.isDirectory(Path.of("/sys/module/kvm_amd"))) {
            return "hardware KVM (kvm_amd)";
        }
        return "KVM (unknown kind)";
    }
}
