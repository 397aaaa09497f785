package dev.mayfly.cli.run;

/**
 * How a run ended.
 *
 * @param exitStatus the guest's exit status, or the status of the failure
 * @param guestExited whether the guest ended itself (System.exit, main returning, a panic)
 * @param description what happened, for the user when the guest did not end itself
 * @param startNanos System.nanoTime() when the hypervisor was asked to start
 * @param firstOutputNanos System.nanoTime() of the first console byte, or 0
 */
public record RunOutcome(int exitStatus, boolean guestExited, String description, long startNanos, long firstOutputNanos) {
}
