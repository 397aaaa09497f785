package dev.mayfly.vmm.devices.virtio.net;

/**
 * The link between a virtio-net device and its backend: a queue of frames in each direction and a
 * way for each side to wake the other.
 *
 * <p>The device produces into {@link #fromGuest()} and consumes {@link #toGuest()}; the backend does
 * the opposite. Wake-ups are meant to be batched: once per batch of frames, not per frame.
 */
public final class NetLink {
    /** Frames in each direction a link holds by default. */
    public static final int DEFAULT_QUEUE_FRAMES = 256;

    private final FrameQueue toGuest;
    private final FrameQueue fromGuest;
    private final int maxFrameLength;
    private volatile Runnable deviceWaker = () -> { };
    private volatile Runnable deviceRunner = () -> { };
    private volatile Runnable backendWaker = () -> { };

    /** A link carrying Ethernet frames of up to {@code maxFrameLength} bytes, {@code frames} per direction. */
    public NetLink(int maxFrameLength, int frames) {
        this.maxFrameLength = maxFrameLength;
        this.toGuest = new FrameQueue(frames, maxFrameLength);
        this.fromGuest = new FrameQueue(frames, maxFrameLength);
    }

    /** Frames for the guest: the backend produces, the device consumes. */
    public FrameQueue toGuest() {
        return toGuest;
    }

    /** Frames the guest sent: the device produces, the backend consumes. */
    public FrameQueue fromGuest() {
        return fromGuest;
    }

    /** The largest Ethernet frame (header included, no FCS) either direction carries. */
    public int maxFrameLength() {
        return maxFrameLength;
    }

    /** Called by the backend after it produced into {@link #toGuest()} or freed room in {@link #fromGuest()}. */
    public void wakeDevice() {
        deviceWaker.run();
    }

    /**
     * Called by the backend instead of {@link #wakeDevice()} to run the device on the backend's own
     * thread at once (one thread hand-off less per batch); never from inside the device's run.
     */
    public void runDevice() {
        deviceRunner.run();
    }

    /** Called by the device after it produced into {@link #fromGuest()} or freed room in {@link #toGuest()}. */
    public void wakeBackend() {
        backendWaker.run();
    }

    /** What {@link #wakeDevice()} does (the device installs it). */
    public void onWakeDevice(Runnable waker) {
        this.deviceWaker = waker;
    }

    /** What {@link #runDevice()} does (the device installs it). */
    public void onRunDevice(Runnable runner) {
        this.deviceRunner = runner;
    }

    /** What {@link #wakeBackend()} does (the backend installs it). */
    public void onWakeBackend(Runnable waker) {
        this.backendWaker = waker;
    }
}
