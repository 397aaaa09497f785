package dev.mayfly.cli;

import dev.mayfly.image.BuildException;
import dev.mayfly.image.BuildListener;
import dev.mayfly.image.BuildRequest;
import dev.mayfly.image.BuildResult;
import dev.mayfly.image.ImageBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mayfly build}: application jars to a bootable image. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compiles application jars ahead of time into a bootable Mayfly image (ELF64, PVH entry).")
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--jar", required = true, paramLabel = "JAR", description = "An application jar (repeatable).")
    List<Path> jars;

    @Option(names = "--main", required = true, paramLabel = "CLASS", description = "The main class, e.g. com.example.Main.")
    String mainClass;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "IMAGE", description = "The image file to write.")
    Path output;

    @Option(names = "--max-heap", paramLabel = "SIZE", defaultValue = "1G",
            description = "Largest Java heap (e.g. 256M, 1G; below 2G). The kernel caps it to the VM's RAM. Default: ${DEFAULT-VALUE}.")
    String maxHeap;

    @Option(names = "--keep-work", description = "Keep the generated C and objects.")
    boolean keepWork;

    @Option(names = {"-v", "--verbose"}, description = "More detail, and stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        int max = (int) Math.min(Sizes.parse(maxHeap, "--max-heap"), Integer.MAX_VALUE);
        int min = Math.min(BuildRequest.DEFAULT_MIN_HEAP, max);
        BuildRequest request = new BuildRequest(jars, mainClass, output, min, max);
        BuildListener listener = new BuildListener() {
            @Override
            public void stageFinished(String stage, Duration took) {
                System.out.printf("  %-16s %7.2f s%n", stage, took.toMillis() / 1000.0);
            }

            @Override
            public void detail(String message) {
                if (verbose) {
                    System.out.println("  " + message);
                }
            }
        };
        try {
            System.out.println("building " + output + " from " + jars + " (main class " + mainClass + ")");
            BuildResult result = ImageBuilder.forRunningJvm().keepWorkDir(keepWork).build(request, listener);
            System.out.printf("image %s: %,d bytes%n", result.image(), result.sizeBytes());
            return 0;
        } catch (BuildException e) {
            throw new UserFacingException(e.getMessage(), Mayfly.EXIT_FAILED, e);
        }
    }
}
