package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mayfly.vmm.kvm.Kvm;

/** Skips a test, saying why, when this host's /dev/kvm cannot be used. */
public final class KvmAssumptions {
    private KvmAssumptions() {}

    private static String problem;
    private static boolean checked;

    public static synchronized void assumeKvm() {
        if (!checked) {
            checked = true;
            try (Kvm kvm = Kvm.open()) {
                problem = null;
            } catch (KvmUnavailableException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            System.out.println("skipping: " + problem);
        }
        assumeTrue(problem == null, () -> "KVM unusable: " + problem);
    }
}
