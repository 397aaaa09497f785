package dev.mayfly.image;

import dev.mayfly.image.teavm.TeaVMCompiler;
import dev.mayfly.image.toolchain.KernelSources;
import dev.mayfly.image.toolchain.NativeToolchain;
import dev.mayfly.image.verify.AppVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a bootable Mayfly image from application jars: verify, class analysis and C generation
 * (TeaVM), C compile (gcc), link (ld with the kernel's linker script). The kernel's native part is
 * compiled once per content and cached.
 */
public final class ImageBuilder {
    public static final String STAGE_ANALYSIS = "class analysis";
    public static final String STAGE_GENERATION = "C generation";
    public static final String STAGE_COMPILE = "C compile";
    public static final String STAGE_LINK = "link";

    private final Path cacheRoot;
    private final List<Path> platformClassPath;
    private boolean keepWorkDir;

    public ImageBuilder(Path cacheRoot, List<Path> platformClassPath) {
        this.cacheRoot = cacheRoot;
        this.platformClassPath = List.copyOf(platformClassPath);
    }

    /** A builder over the running JVM's class path, caching in $XDG_CACHE_HOME/mayfly or ~/.cache/mayfly. */
    public static ImageBuilder forRunningJvm() {
        return new ImageBuilder(defaultCacheRoot(), PlatformClassPath.ofRunningJvm());
    }

    public static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("mayfly");
    }

    /** Keeps the generated C and objects for inspection instead of deleting them. */
    public ImageBuilder keepWorkDir(boolean keep) {
        this.keepWorkDir = keep;
        return this;
    }

    public BuildResult build(BuildRequest request, BuildListener listener) throws BuildException {
        int classes = AppVerifier.verify(request.jars(), request.mainClass());
        listener.detail("verified " + classes + " application classes");
        NativeToolchain toolchain = NativeToolchain.find();
        Path workDir;
        try {
            Files.createDirectories(cacheRoot);
            workDir = Files.createTempDirectory(cacheRoot, "build-");
        } catch (IOException e) {
            throw new BuildException("cannot create a work directory under " + cacheRoot + ": " + e.getMessage(), e);
        }
        listener.detail("work directory " + workDir);
        boolean success = false;
        try {
            Map<String, Duration> stages = new LinkedHashMap<>();
            List<Path> classPath = new ArrayList<>(request.jars());
            classPath.addAll(platformClassPath);
            Path generated = workDir.resolve("c");

            long compilerStart = System.nanoTime();
            long[] analysisEnd = {0};
            TeaVMCompiler.generate(classPath, request.mainClass(), generated, request.minHeapBytes(),
                    request.maxHeapBytes(), () -> {
                        analysisEnd[0] = System.nanoTime();
                        stageDone(stages, listener, STAGE_ANALYSIS, compilerStart, analysisEnd[0]);
                    });
            stageDone(stages, listener, STAGE_GENERATION, analysisEnd[0] == 0 ? compilerStart : analysisEnd[0],
                    System.nanoTime());

            long start = System.nanoTime();
            NativeToolchain.CompiledKernel kernel = toolchain.compileKernel(KernelSources.load(), cacheRoot);
            Path program = toolchain.compileProgram(generated, kernel);
            stageDone(stages, listener, STAGE_COMPILE, start, System.nanoTime());

            start = System.nanoTime();
            long size = toolchain.link(kernel, program, workDir, request.output());
            stageDone(stages, listener, STAGE_LINK, start, System.nanoTime());
            success = true;
            return new BuildResult(request.output(), size, stages);
        } finally {
            if (!keepWorkDir && (success || !Boolean.getBoolean("mayfly.keepFailedBuild"))) {
                deleteTree(workDir);
            }
        }
    }

    private static void stageDone(Map<String, Duration> stages, BuildListener listener, String stage, long from, long to) {
        Duration took = Duration.ofNanos(to - from);
        stages.put(stage, took);
        listener.stageFinished(stage, took);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
