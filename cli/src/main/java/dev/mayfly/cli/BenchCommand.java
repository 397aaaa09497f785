package dev.mayfly.cli;

import dev.mayfly.cli.bench.BootBench;
import dev.mayfly.cli.bench.CpuBench;
import dev.mayfly.cli.bench.HttpBench;
import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.Kvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mayfly bench}: benchmarks reported as ratios against baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks, as ratios against baselines of the same run.",
        subcommands = {BenchCommand.Boot.class, BenchCommand.Cpu.class, BenchCommand.Http.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    /** {@code mayfly bench boot}. */
    @Command(name = "boot", mixinStandardHelpOptions = true,
            description = "Boot time: QEMU microvm vs mayfly run (plain and AOT) vs a warm JVM, plus the guest-internal boot.")
    static final class Boot implements Callable<Integer> {
        @Option(names = "--image", description = "The image to boot. Default: examples/hello's image, build/hello.img.")
        Path image;

        @Option(names = "--runs", defaultValue = "10", description = "Runs per measurement. Default: ${DEFAULT-VALUE}.")
        int runs;

        @Option(names = "--aot-cache", description = "The CLI's AOT cache (default: mayfly.aot beside the jar).")
        Path aotCache;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (image == null) {
                image = Mayfly.home().resolve("build/hello.img");
            }
            if (!Files.isRegularFile(image)) {
                throw new UserFacingException(image + ": no such image (./mayfly bench builds examples/hello there; or pass --image)",
                        Mayfly.EXIT_USAGE);
            }
            Path jar = CliJar.location();
            Path cache = aotCache != null ? aotCache : jar.resolveSibling("mayfly.aot");
            try {
                new BootBench(image, runs, jar, cache, Mayfly.home().resolve(BootBench.RUN_JVM_OPTIONS),
                        Mayfly.home().resolve("mayfly"), System.out).run();
            } catch (HypervisorException e) {
                throw new UserFacingException(e.getMessage(), Mayfly.EXIT_FAILED, e);
            }
            return 0;
        }
    }

    /** {@code mayfly bench http}. */
    @Command(name = "http", mixinStandardHelpOptions = true,
            description = "HTTP throughput and latency of examples/http (wrk, 1 and 50 connections) against HotSpot running the same jar.")
    static final class Http implements Callable<Integer> {
        @Option(names = "--jar", description = "The service jar (default: examples/http/target/http.jar of this checkout).")
        Path jar;

        @Option(names = "--path", defaultValue = "/", description = "The URL path to load. Default: ${DEFAULT-VALUE}.")
        String path;

        @Option(names = "--duration", defaultValue = "5", description = "Seconds per measurement. Default: ${DEFAULT-VALUE}.")
        int duration;

        @Option(names = "--rounds", defaultValue = "3", description = "Interleaved rounds; rows are their medians. Default: ${DEFAULT-VALUE}.")
        int rounds;

        @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up per target. Default: ${DEFAULT-VALUE}.")
        int warmup;

        @Option(names = "--image", description = "The image of the same service for the Mayfly rows. Default: build/http.img.")
        Path image;

        @Option(names = "--no-mayfly", description = "Only the HotSpot rows (no KVM, no image needed).")
        boolean noMayfly;

        @Option(names = "--wrk", defaultValue = "/usr/bin/wrk", description = "The wrk binary (Debian package wrk). Default: ${DEFAULT-VALUE}.")
        Path wrk;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path cli = CliJar.location();
            Path service = jar != null ? jar : Mayfly.home().resolve("examples/http/target/http.jar");
            if (!Files.isRegularFile(service)) {
                throw new UserFacingException(service + ": no such jar (build it: mvn -pl examples/http package)", Mayfly.EXIT_USAGE);
            }
            if (!Files.isExecutable(wrk)) {
                throw new UserFacingException(wrk + ": wrk not found (apt-get install wrk, or ./mayfly installs it as root)", Mayfly.EXIT_USAGE);
            }
            Path jdkJar;
            try (var libs = Files.list(cli.resolveSibling("lib"))) {
                jdkJar = libs.filter(p -> p.getFileName().toString().startsWith("mayfly-jdk-")).findFirst()
                        .orElseThrow(() -> new UserFacingException("mayfly-jdk jar not found beside " + cli, Mayfly.EXIT_FAILED));
            }
            List<HttpBench.Target> mayflyTargets = List.of();
            List<String> notMeasured = new ArrayList<>();
            if (!noMayfly) {
                Path img = image != null ? image : Mayfly.home().resolve("build/http.img");
                String kvm = Kvm.unusableReason();
                if (!Files.isRegularFile(img)) {
                    throw new UserFacingException(img + ": no such image (./mayfly bench builds examples/http there; or pass --image,"
                            + " or --no-mayfly)", Mayfly.EXIT_USAGE);
                } else if (kvm != null) {
                    notMeasured.add("Mayfly rows: KVM is not usable (" + kvm + ")");
                } else {
                    mayflyTargets = HttpBench.mayflyTargets(img);
                }
            }
            Path work = Files.createTempDirectory("mayfly-bench-http");
            try {
                List<HttpBench.Target> targets = new ArrayList<>(HttpBench.hotSpotTargets(service, jdkJar, work));
                targets.addAll(mayflyTargets);
                new HttpBench(wrk, path, duration, warmup, rounds, System.out).run(targets, notMeasured);
            } finally {
                try (var files = Files.list(work)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(work);
            }
            return 0;
        }
    }

    /** {@code mayfly bench cpu}. */
    @Command(name = "cpu", mixinStandardHelpOptions = true,
            description = "CPU-bound conformance programs: Mayfly under the VMM and under QEMU TCG vs HotSpot after warm-up.")
    static final class Cpu implements Callable<Integer> {
        @Option(names = "--image", required = true, description = "An image of the conformance suite (dev.mayfly.conformance.Suite).")
        Path image;

        @Option(names = "--classes", defaultValue = "conformance/target/classes",
                description = "The conformance classes HotSpot runs. Default: ${DEFAULT-VALUE}.")
        Path classes;

        @Option(names = "--runs", defaultValue = "3", description = "Measured runs (boots) per row. Default: ${DEFAULT-VALUE}.")
        int runs;

        @Option(names = "--warmups", defaultValue = "5", description = "HotSpot warm-up runs per program. Default: ${DEFAULT-VALUE}.")
        int warmups;

        @Option(names = "--no-tcg", description = "Skip the QEMU TCG row.")
        boolean noTcg;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(image)) {
                throw new UserFacingException(image + ": no such image", Mayfly.EXIT_USAGE);
            }
            if (!Files.isDirectory(classes)) {
                throw new UserFacingException(classes + ": no conformance classes (run mvn -pl conformance install)", Mayfly.EXIT_USAGE);
            }
            if (runs < 1 || warmups < 0) {
                throw new UserFacingException("--runs must be at least 1 and --warmups at least 0", Mayfly.EXIT_USAGE);
            }
            try {
                new CpuBench(image, classes, runs, warmups, !noTcg, System.out).run();
            } catch (HypervisorException e) {
                throw new UserFacingException(e.getMessage(), Mayfly.EXIT_FAILED, e);
            }
            return 0;
        }
    }
}
