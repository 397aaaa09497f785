package dev.mayfly.cli.run;

/** Something that boots a Mayfly image: QEMU today, the Mayfly VMM as the default later. */
public interface Hypervisor {
    /** Its name as `mayfly run --hypervisor` takes it. */
    String name();

    /** Boots the image and waits until the VM ends; explains failures to start in the exception. */
    RunOutcome run(RunSpec spec) throws HypervisorException;
}
