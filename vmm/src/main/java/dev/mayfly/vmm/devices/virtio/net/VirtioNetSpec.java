package dev.mayfly.vmm.devices.virtio.net;

/** Constants of the virtio network device (virtio 1.2 §5.1) that the VMM's device uses. */
public final class VirtioNetSpec {
    private VirtioNetSpec() {}

    /** The receive queue's index: receiveq1 (§5.1.2). */
    public static final int RECEIVE_QUEUE = 0;
    /** The transmit queue's index: transmitq1 (§5.1.2). */
    public static final int TRANSMIT_QUEUE = 1;

    /** Feature bit: the device has a MAC address in its configuration space (§5.1.3). */
    public static final int F_MAC = 5;

    /** The configuration space's {@code mac} field: offset and length (§5.1.4). */
    public static final int CONFIG_MAC = 0;
    public static final int MAC_LENGTH = 6;

    /**
     * The length of {@code struct virtio_net_hdr} when VIRTIO_F_VERSION_1 is negotiated: num_buffers is
     * always present (§5.1.6), so 12 bytes precede every frame in both directions.
     */
    public static final int HEADER_LENGTH = 12;
    /** Header offsets (§5.1.6): flags (u8), gso_type (u8), hdr_len, gso_size, csum_start, csum_offset, num_buffers (le16). */
    public static final int HEADER_FLAGS = 0;
    public static final int HEADER_GSO_TYPE = 1;
    public static final int HEADER_NUM_BUFFERS = 10;
    /** flags: VIRTIO_NET_HDR_F_NEEDS_CSUM, only valid with VIRTIO_NET_F_CSUM (§5.1.6.2). */
    public static final int HDR_F_NEEDS_CSUM = 1;
    /** gso_type: VIRTIO_NET_HDR_GSO_NONE (§5.1.6). */
    public static final int GSO_NONE = 0;

    /** The largest Ethernet frame without GSO: a 1500-byte MTU plus the 14-byte header (§5.1.6.3.1). */
    public static final int MAX_FRAME_LENGTH = 1514;
    /** The shortest frame the device passes on: an Ethernet header. */
    public static final int MIN_FRAME_LENGTH = 14;
}
