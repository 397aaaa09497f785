package dev.mayfly.cli;

import dev.mayfly.cli.bench.BootBench;
import dev.mayfly.cli.run.HypervisorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mayfly bench}: benchmarks reported as ratios against baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks, as ratios against baselines of the same run.",
        subcommands = {BenchCommand.Boot.class})
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
                new BootBench(image, runs, jar, cache, System.out).run();
            } catch (HypervisorException e) {
                throw new UserFacingException(e.getMessage(), Mayfly.EXIT_FAILED, e);
            }
            return 0;
        }
    }
}
