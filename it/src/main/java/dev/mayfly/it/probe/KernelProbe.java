package dev.mayfly.it.probe;

/** A program that tries to use the kernel's raw-memory API, which the verifier must refuse. */
public final class KernelProbe {
    public static void main(String[] args) {
        System.out.println(org.teavm.interop.Address.fromLong(0).getInt());
    }
}
