package dev.mayfly.cli.run;

import dev.mayfly.vmm.net.PortForward;
import java.util.List;
import java.util.Objects;

/**
 * The guest's network, independent of the hypervisor: none, user-mode networking (rootless; the guest
 * is 10.0.2.15 behind a gateway 10.0.2.2 that forwards host ports), or a TAP interface.
 *
 * @param mode which kind of network
 * @param tapName the TAP interface's name (mode TAP only)
 * @param portForwards the host ports forwarded to the guest (mode USER only)
 */
public record Networking(Mode mode, String tapName, List<PortForward> portForwards) {
    /** Which kind of network the guest has. */
    public enum Mode { NONE, USER, TAP }

    /** No network device. */
    public static final Networking NONE = new Networking(Mode.NONE, null, List.of());

    public Networking {
        Objects.requireNonNull(mode, "mode");
        portForwards = List.copyOf(portForwards);
        if (mode == Mode.TAP && (tapName == null || tapName.isEmpty())) {
            throw new IllegalArgumentException("a TAP network needs an interface name");
        }
        if (mode != Mode.USER && !portForwards.isEmpty()) {
            throw new IllegalArgumentException("port forwarding needs the user-mode network");
        }
    }

    /** User-mode networking forwarding these ports. */
    public static Networking user(List<PortForward> portForwards) {
        return new Networking(Mode.USER, null, portForwards);
    }

    /** TAP interface {@code name}. */
    public static Networking tap(String name) {
        return new Networking(Mode.TAP, name, List.of());
    }
}
