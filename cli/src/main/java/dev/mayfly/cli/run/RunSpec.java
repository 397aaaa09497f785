package dev.mayfly.cli.run;

import dev.mayfly.kernel.boot.CommandLine;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to boot an image, independent of the hypervisor: image, RAM, the application's environment
 * and arguments, extra kernel parameters, where the console goes, an optional time limit, and the
 * guest's network (with its forwarded ports).
 */
public record RunSpec(Path image, long memoryBytes, Map<String, String> environment, List<String> arguments,
                      List<String> kernelParameters, Accel accel, OutputStream console, Duration timeout,
                      Networking network) {
    /** Which accelerator QEMU uses: KVM when usable, or TCG (software emulation). */
    public enum Accel { AUTO, KVM, TCG }

    public static final long DEFAULT_MEMORY = 64L << 20;

    public RunSpec {
        Objects.requireNonNull(image, "image");
        environment = new LinkedHashMap<>(environment);
        arguments = List.copyOf(arguments);
        kernelParameters = List.copyOf(kernelParameters);
        Objects.requireNonNull(accel, "accel");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(network, "network");
    }

    /** A spec without a network. */
    public RunSpec(Path image, long memoryBytes, Map<String, String> environment, List<String> arguments,
                   List<String> kernelParameters, Accel accel, OutputStream console, Duration timeout) {
        this(image, memoryBytes, environment, arguments, kernelParameters, accel, console, timeout, Networking.NONE);
    }

    /** The host ports forwarded to the guest (user-mode networking only). */
    public List<dev.mayfly.vmm.net.PortForward> portForwards() {
        return network.portForwards();
    }

    /** The kernel command line this spec gives the guest. */
    public String kernelCommandLine(List<String> hypervisorParameters) {
        List<String> parameters = new ArrayList<>(hypervisorParameters);
        parameters.addAll(kernelParameters);
        return CommandLine.format(parameters, environment, arguments);
    }
}
