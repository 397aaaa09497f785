package dev.mayfly.cli.bench;

import dev.mayfly.vmm.kvm.Libc;

/**
 * The floor under `mayfly run`'s start, as a program of its own that the boot benchmark starts in a fresh
 * JVM with `run`'s options: with no argument it prints one line at once (what the JVM alone costs to
 * reach a first line); with {@code ffm} it first links and calls the VMM's system-call downcall exactly
 * as {@code MicroVm} does at its start (what the JVM and the FFM runtime cost before the VMM can make its
 * first ioctl). `mayfly run` cannot print its first line sooner than the second.
 */
public final class StartFloor {
    private StartFloor() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("ffm")) {
            Libc.linkInBackground();
            if (Libc.threadId() <= 0) {
                throw new IllegalStateException("gettid through the FFM downcall failed");
            }
        } else if (args.length != 0) {
            throw new IllegalArgumentException("usage: StartFloor [ffm]");
        }
        System.out.println("floor");
        System.out.flush();
        Runtime.getRuntime().halt(0); // as `mayfly run` ends: no shutdown hooks, no System.Logger
    }
}
