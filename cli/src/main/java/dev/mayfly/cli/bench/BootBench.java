package dev.mayfly.cli.bench;

import dev.mayfly.cli.run.Hypervisor;
import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.MayflyVmmHypervisor;
import dev.mayfly.cli.run.QemuHypervisor;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boot benchmark of an image, all measured in one run: (a) QEMU microvm from process start to
 * the first console line; (b) `mayfly run` (the Mayfly VMM) from process start to the first console
 * line, from the plain jar and with the AOT cache, both with the JVM options the launcher gives `run`;
 * (c) inside this JVM, warmed by a few boots, VM creation to the first console line; (d) the
 * guest-internal boot time (PVH entry to main, from the boot trace); and the floor under (b): (e) a fresh
 * JVM started as (b') is that prints a line at once, (f) the same after linking and calling the VMM's
 * one FFM downcall ({@link StartFloor}); and, in a checkout, (b'') the {@code ./mayfly run} launcher
 * around (b').
 */
public final class BootBench {
    /** The JVM options of `mayfly run` in a checkout (a java @argfile), which the ./mayfly launcher passes too. */
    public static final String RUN_JVM_OPTIONS = "cli/run.jvm-options";
    /**
     * VMs booted in this JVM before (c) is measured: the first VM of a JVM links the VMM's native calls
     * and runs its code cold, which is (b)'s start-up, not a warm JVM's VM creation.
     */
    static final int WARM_UP_BOOTS = 3;
    private static final Pattern GUEST_BOOT = Pattern.compile("mayfly: boot ([0-9.]+) ms from PVH entry to main");

    private final Path image;
    private final int runs;
    private final Path cliJar;
    private final Path aotCache;
    private final Path runJvmOptions;
    private final Path launcher;
    private final PrintStream out;

    /**
     * {@code runJvmOptions}: the @argfile `mayfly run` starts with; (b) runs without one when it is missing.
     * {@code launcher}: the checkout's ./mayfly script, measured as (b'') when it is executable.
     */
    public BootBench(Path image, int runs, Path cliJar, Path aotCache, Path runJvmOptions, Path launcher, PrintStream out) {
        this.image = image;
        this.runs = runs;
        this.cliJar = cliJar;
        this.aotCache = aotCache;
        this.runJvmOptions = runJvmOptions;
        this.launcher = launcher;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException, HypervisorException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Samples qemu = new Samples();
        Samples qemuTcg = new Samples();
        Samples guestQemu = new Samples();
        Samples guestQemuTcg = new Samples();
        Samples plain = new Samples();
        Samples aot = new Samples();
        Samples warm = new Samples();
        Samples guest = new Samples();
        Samples jvmFloor = new Samples();
        Samples ffmFloor = new Samples();
        Samples launched = new Samples();

        Path qemuExecutable = QemuHypervisor.find();
        List<String> qemuCommand = new QemuHypervisor().command(qemuExecutable,
                spec(new ByteArrayOutputStream(), List.of(), RunSpec.Accel.KVM), true);
        List<String> qemuTcgCommand = new QemuHypervisor().command(qemuExecutable,
                spec(new ByteArrayOutputStream(), List.of(), RunSpec.Accel.TCG), false);
        List<String> plainCommand = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", cliJar.toString(),
                "run", "--hypervisor", "mayfly", image.toString()));
        if (Files.isRegularFile(runJvmOptions)) {
            plainCommand.add(1, "@" + runJvmOptions);
        }
        List<String> aotCommand = new ArrayList<>(plainCommand);
        aotCommand.add(1, "-XX:AOTCache=" + aotCache);
        boolean haveAot = Files.isRegularFile(aotCache);
        List<String> jvmFloorCommand = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", cliJar.toString(),
                StartFloor.class.getName()));
        List<String> asRun = haveAot ? aotCommand : plainCommand; // the JVM options of (b') or else (b)
        jvmFloorCommand.addAll(1, asRun.subList(1, asRun.indexOf("--enable-native-access=ALL-UNNAMED")));
        List<String> ffmFloorCommand = new ArrayList<>(jvmFloorCommand);
        ffmFloorCommand.add("ffm");
        boolean haveLauncher = Files.isExecutable(launcher);
        List<String> launcherCommand = List.of(launcher.toString(), "run", image.toString());

        out.printf("boot benchmark of %s, %d runs each, on %s%n", image, runs, HostKvm.describe());
        out.printf("(b) runs %s%n", String.join(" ", plainCommand));
        for (int i = 0; i < WARM_UP_BOOTS; i++) {
            warmBoot(List.of());
        }
        for (int i = 0; i < runs; i++) {
            qemu.addNanos(ProcessTimer.untilFirstLine(qemuCommand));
            qemuTcg.addNanos(ProcessTimer.untilFirstLine(qemuTcgCommand));
            plain.addNanos(ProcessTimer.untilFirstLine(plainCommand));
            if (haveAot) {
                aot.addNanos(ProcessTimer.untilFirstLine(aotCommand));
            }
            if (haveLauncher) {
                launched.addNanos(ProcessTimer.untilFirstLine(launcherCommand));
            }
            jvmFloor.addNanos(ProcessTimer.untilFirstLine(jvmFloorCommand));
            ffmFloor.addNanos(ProcessTimer.untilFirstLine(ffmFloorCommand));
            warm.addNanos(warmBoot(List.of()));
            guest.add(guestBoot(new MayflyVmmHypervisor(), RunSpec.Accel.KVM));
            guestQemu.add(guestBoot(new QemuHypervisor(), RunSpec.Accel.KVM));
            guestQemuTcg.add(guestBoot(new QemuHypervisor(), RunSpec.Accel.TCG));
        }
        out.println();
        out.printf("%-68s %9s %9s %9s%n", "measurement (ms)", "median", "min", "max");
        row("(a) QEMU microvm (kvm): process start -> first console line", qemu);
        row("(a') QEMU microvm (tcg): process start -> first console line", qemuTcg);
        row("(b) mayfly run, Mayfly VMM, plain jar: process start -> first line", plain);
        if (haveAot) {
            row("(b') mayfly run, Mayfly VMM, AOT cache: process start -> first line", aot);
        } else {
            out.printf("%-68s %9s%n", "(b') mayfly run with the AOT cache", "no cache at " + aotCache);
        }
        if (haveLauncher) {
            row("(b'') ./mayfly run (launcher + (b')): process start -> first line", launched);
        }
        row("(c) warm JVM (" + WARM_UP_BOOTS + " VMs before): VM creation -> first console line", warm);
        row("(d) guest-internal, Mayfly VMM: PVH entry -> main", guest);
        row("(d') guest-internal, QEMU kvm: PVH entry -> main", guestQemu);
        row("(d'') guest-internal, QEMU tcg: PVH entry -> main", guestQemuTcg);
        String floorCache = haveAot ? "AOT cache" : "no AOT cache";
        row("(e) floor: fresh JVM as (b') (" + floorCache + "), prints a line at once", jvmFloor);
        row("(f) floor: as (e), after linking + calling the VMM's FFM downcall", ffmFloor);
        out.println();
        out.printf("ratio (b)/(a)  = %.2f%n", plain.median() / qemu.median());
        if (haveAot) {
            out.printf("ratio (b')/(a) = %.2f%n", aot.median() / qemu.median());
        }
        out.printf("ratio (c)/(a)  = %.3f%n", warm.median() / qemu.median());
        out.printf("targets: (c) under 10 ms: %s; (b) below (a): %s%n",
                warm.median() < 10 ? "met" : "NOT met",
                (haveAot ? Math.min(plain.median(), aot.median()) : plain.median()) < qemu.median() ? "met" : "NOT met");
        out.printf("floor: the JVM reaches a first line in (e) %.1f ms and can make its first system call through FFM"
                + " after (f) %.1f ms, %s (a); the VMM's own part of (b') is %.1f ms%n",
                jvmFloor.median(), ffmFloor.median(), ffmFloor.median() < qemu.median() ? "below" : "already above",
                (haveAot ? aot.median() : plain.median()) - ffmFloor.median());
    }

    private void row(String label, Samples s) {
        out.printf("%-68s %9.2f %9.2f %9.2f%n", label, s.median(), s.min(), s.max());
    }

    private RunSpec spec(ByteArrayOutputStream console, List<String> parameters, RunSpec.Accel accel) {
        return new RunSpec(image, RunSpec.DEFAULT_MEMORY, Map.of(), List.of(), parameters, accel, console, null);
    }

    private long warmBoot(List<String> parameters) throws HypervisorException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RunOutcome outcome = new MayflyVmmHypervisor().run(spec(console, parameters, RunSpec.Accel.KVM));
        if (outcome.exitStatus() != 0 || outcome.firstOutputNanos() == 0) {
            throw new HypervisorException("the benchmark guest failed: " + outcome.description() + "\n" + console);
        }
        return outcome.firstOutputNanos() - outcome.startNanos();
    }

    private double guestBoot(Hypervisor hypervisor, RunSpec.Accel accel) throws HypervisorException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        hypervisor.run(spec(console, List.of("mayfly.trace=boot"), accel));
        Matcher m = GUEST_BOOT.matcher(console.toString(StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new HypervisorException("no boot trace in the guest's output:\n" + console);
        }
        return Double.parseDouble(m.group(1));
    }
}
