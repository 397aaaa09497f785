package dev.mayfly.kernel.net;

/** What the stack asks of its device's driver around each poll; {@link #NONE} for devices that need nothing. */
public interface DriverHooks {
    /** Before polling: acknowledge the device's interrupt. */
    void beforePoll();

    /** After polling: hand queued frames and re-posted buffers to the device. */
    void afterPoll();

    /** Why the device is unusable, or null. */
    String brokenReason();

    DriverHooks NONE = new DriverHooks() {
        @Override public void beforePoll() { }
        @Override public void afterPoll() { }
        @Override public String brokenReason() { return null; }
    };
}
