package dev.mayfly.cli;

import dev.mayfly.cli.run.Hypervisor;
import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.Kvm;
import dev.mayfly.cli.run.MayflyVmmHypervisor;
import dev.mayfly.cli.run.Networking;
import dev.mayfly.cli.run.QemuHypervisor;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import dev.mayfly.vmm.MicroVm;
import dev.mayfly.vmm.net.PortForward;
import dev.mayfly.vmm.net.TapNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mayfly run}: boots an image; the guest's exit status becomes this command's.
 *
 * <p>Defaults are the fields' initial values (picocli shows them as its defaults), so that
 * {@link QuickRunArguments} fills a command the same way without picocli.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Boots a Mayfly image. The console goes to stdout; the guest's exit status becomes mayfly's.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMAGE", description = "The image (from mayfly build).")
    Path image;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the application's main (after --).")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--hypervisor", paramLabel = "NAME",
            description = "mayfly (the Mayfly VMM, on /dev/kvm), qemu (microvm; KVM or TCG), or auto: the Mayfly VMM"
                    + " when /dev/kvm is usable, QEMU otherwise. Default: ${DEFAULT-VALUE}.")
    String hypervisor = "auto";

    @Option(names = {"-m", "--memory"}, paramLabel = "SIZE", description = "Guest RAM. Default: ${DEFAULT-VALUE}.")
    String memory = "64M";

    @Option(names = {"-e", "--env"}, paramLabel = "K=V", description = "An environment variable for the application (repeatable).")
    List<String> env = new ArrayList<>();

    @Option(names = "--accel", paramLabel = "ACCEL",
            description = "For QEMU: kvm, tcg or auto (KVM when /dev/kvm is usable). Default: ${DEFAULT-VALUE}.")
    String accel = "auto";

    @Option(names = "--boot-trace", description = "Print the guest-internal boot time (PVH entry to main).")
    boolean bootTrace;

    @Option(names = "--kernel-arg", paramLabel = "PARAM",
            description = "An extra kernel parameter, e.g. mayfly.stack=4M (repeatable).")
    List<String> kernelArgs = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the guest after this many seconds (status 124).")
    Long timeoutSeconds;

    @Option(names = {"-p", "--publish"}, paramLabel = "HOST:GUEST",
            description = "Forward TCP port 127.0.0.1:HOST on this machine to the guest's port GUEST (repeatable;"
                    + " a single PORT means the same on both sides). Implies --net user.")
    List<String> publish = new ArrayList<>();

    @Option(names = "--net", paramLabel = "NET",
            description = "The guest's network: user (rootless user-mode networking: the guest is 10.0.2.15 by DHCP,"
                    + " the gateway 10.0.2.2; the default when -p is given), tap[:NAME] (a TAP interface, default name "
                    + TapNetwork.DEFAULT_NAME + "; needs root), or none (the default without -p).")
    String net;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces on failure.")
    boolean verbose;

    /**
     * Starts the Mayfly VMM's one-time set-up on a background thread when this command may boot under
     * it, to overlap with the rest of start-up; nothing for {@code --hypervisor qemu}.
     */
    void prepareInBackground() {
        if (!hypervisor.equals("qemu")) {
            MicroVm.prepareInBackground();
        }
    }

    @Override
    public Integer call() {
        RunSpec spec = new RunSpec(image, Sizes.parse(memory, "--memory"), environment(), arguments,
                kernelParameters(), accel(), System.out,
                timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds), networking());
        try {
            RunOutcome outcome = hypervisor().run(spec);
            System.out.flush();
            if (!outcome.guestExited()) {
                System.err.println("mayfly run: " + outcome.description());
            }
            return outcome.exitStatus();
        } catch (HypervisorException e) {
            throw new UserFacingException(e.getMessage(), Mayfly.EXIT_FAILED, e);
        }
    }

    /** The network from --net and -p; bad input is a usage error with one line saying why. */
    Networking networking() {
        List<PortForward> forwards = new ArrayList<>();
        for (String p : publish) {
            try {
                forwards.add(PortForward.parse(p));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("-p: " + e.getMessage(), Mayfly.EXIT_USAGE);
            }
        }
        for (int i = 0; i < forwards.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (forwards.get(i).hostPort() == forwards.get(j).hostPort()) {
                    throw new UserFacingException("-p: host port " + forwards.get(i).hostPort() + " is forwarded twice",
                            Mayfly.EXIT_USAGE);
                }
            }
        }
        String choice = net != null ? net : forwards.isEmpty() ? "none" : "user";
        if (choice.equals("user")) {
            return Networking.user(forwards);
        }
        if (!forwards.isEmpty()) {
            throw new UserFacingException("-p needs the user-mode network (--net user); with --net " + choice
                    + " the guest is reached at its own address", Mayfly.EXIT_USAGE);
        }
        if (choice.equals("none")) {
            return Networking.NONE;
        }
        if (choice.equals("tap") || choice.startsWith("tap:")) {
            String name = choice.equals("tap") ? TapNetwork.DEFAULT_NAME : choice.substring(4);
            try {
                TapNetwork.named(name);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("--net: " + e.getMessage(), Mayfly.EXIT_USAGE);
            }
            return Networking.tap(name);
        }
        throw new UserFacingException("--net: expected user, tap[:NAME] or none, got '" + choice + "'", Mayfly.EXIT_USAGE);
    }

    private List<String> kernelParameters() {
        List<String> parameters = new ArrayList<>(kernelArgs);
        if (bootTrace) {
            parameters.add("mayfly.trace=boot");
        }
        return parameters;
    }

    private Hypervisor hypervisor() {
        return switch (hypervisor) {
            case "mayfly" -> {
                String reason = Kvm.unusableReason();
                if (reason != null) {
                    throw new UserFacingException("--hypervisor mayfly needs KVM: " + reason
                            + " (--hypervisor qemu runs without it)", Mayfly.EXIT_FAILED);
                }
                yield new MayflyVmmHypervisor();
            }
            case "qemu" -> new QemuHypervisor();
            case "auto" -> {
                if (Kvm.unusableReason() == null && !accel.equals("tcg")) {
                    yield new MayflyVmmHypervisor();
                }
                yield new QemuHypervisor();
            }
            default -> throw new UserFacingException("--hypervisor: unknown hypervisor '" + hypervisor
                    + "' (known: mayfly, qemu, auto)", Mayfly.EXIT_USAGE);
        };
    }

    private RunSpec.Accel accel() {
        return switch (accel) {
            case "auto" -> RunSpec.Accel.AUTO;
            case "kvm" -> RunSpec.Accel.KVM;
            case "tcg" -> RunSpec.Accel.TCG;
            default -> throw new UserFacingException("--accel: expected kvm, tcg or auto, got '" + accel + "'", Mayfly.EXIT_USAGE);
        };
    }

    private Map<String, String> environment() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : env) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UserFacingException("--env: expected NAME=VALUE, got '" + pair + "'", Mayfly.EXIT_USAGE);
            }
            map.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return map;
    }
}
