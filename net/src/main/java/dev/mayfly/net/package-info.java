/**
 * Mayfly's portable TCP/IP stack: plain Java that runs both on HotSpot and ahead-of-time compiled
 * inside the unikernel.
 *
 * <p>Layers, bottom to top: {@link dev.mayfly.net.phy} (devices that lend frame buffers),
 * {@link dev.mayfly.net.wire} (checked packet views and value representations),
 * {@link dev.mayfly.net.iface} (the interface that routes frames to sockets),
 * {@link dev.mayfly.net.socket} (TCP, UDP, DHCP) and {@link dev.mayfly.net.storage} (fixed buffers).
 * The stack never reads a clock and never starts a thread: callers pass the time in milliseconds
 * to {@code poll} and ask {@code pollAt} for the next deadline.
 */
package dev.mayfly.net;
