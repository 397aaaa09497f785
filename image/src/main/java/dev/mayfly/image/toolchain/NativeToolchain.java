package dev.mayfly.image.toolchain;

import dev.mayfly.image.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gcc and binutils as the image builder uses them: the kernel's native part compiled once and
 * cached by content, the generated program compiled freestanding, everything linked by the
 * kernel's linker script into a stripped ELF64 with a PVH note.
 */
public final class NativeToolchain {
    /**
     * Flags for all C: freestanding (no host libc), baseline x86-64 (kvm-pvm lacks SSE3; never
     * -march=native), -fwrapv (the generated code relies on wrapping signed overflow), sections
     * per function so unused code and its libc needs are dropped at link time.
     */
    static final List<String> CFLAGS = List.of("-O2", "-fwrapv", "-ffreestanding", "-fno-pic", "-fno-pie",
            "-fno-stack-protector", "-fno-asynchronous-unwind-tables", "-ffunction-sections", "-fdata-sections",
            "-march=x86-64", "-mtune=generic");
    /** Extra flags for the kernel's own C: gcc must not turn the mem* loops back into calls. */
    static final List<String> KERNEL_CFLAGS = List.of("-Wall", "-Wextra", "-Wno-unused-parameter",
            "-fno-tree-loop-distribute-patterns");
    /** Extra flags for the generated program: TeaVM's console hooks come from the kernel. */
    static final List<String> PROGRAM_CFLAGS = List.of("-DTEAVM_CUSTOM_LOG=1", "-w");
    private static final Pattern UNDEFINED = Pattern.compile("undefined reference to `([^']+)'");

    private final Tool gcc;
    private final Tool ld;
    private final Tool ar;
    private final Tool nm;
    private final Tool objdump;
    private final Tool objcopy;

    private NativeToolchain(Tool gcc, Tool ld, Tool ar, Tool nm, Tool objdump, Tool objcopy) {
        this.gcc = gcc;
        this.ld = ld;
        this.ar = ar;
        this.nm = nm;
        this.objdump = objdump;
        this.objcopy = objcopy;
    }

    /** Finds gcc and binutils, or explains what to install. */
    public static NativeToolchain find() throws BuildException {
        return new NativeToolchain(Tool.find("gcc", "gcc"), Tool.find("ld", "binutils"), Tool.find("ar", "binutils"),
                Tool.find("nm", "binutils"), Tool.find("objdump", "binutils"), Tool.find("objcopy", "binutils"));
    }

    /** The kernel, compiled: its objects, the pure libc archive, and where its sources are. */
    public record CompiledKernel(Path sourceDir, List<Path> objects, Path pureLibc) {
    }

    /** Compiles the kernel's native part into cacheRoot/kernel-DIGEST, reusing a previous result. */
    public CompiledKernel compileKernel(KernelSources sources, Path cacheRoot) throws BuildException {
        Path dir = cacheRoot.resolve("kernel-" + sources.digest());
        Path sourceDir = dir.resolve("src");
        Path objDir = dir.resolve("obj");
        Path done = dir.resolve("complete");
        List<Path> objects = new ArrayList<>();
        for (String unit : sources.translationUnits()) {
            objects.add(objDir.resolve(unit.replace('/', '_') + ".o"));
        }
        if (!Files.exists(done)) {
            try {
                Files.createDirectories(objDir);
                sources.unpack(sourceDir);
            } catch (IOException e) {
                throw new BuildException("cannot write to the build cache " + dir + ": " + e.getMessage(), e);
            }
            List<String> units = sources.translationUnits();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
            try {
                List<Future<String>> jobs = new ArrayList<>();
                for (int i = 0; i < units.size(); i++) {
                    String unit = units.get(i);
                    Path object = objects.get(i);
                    List<String> args = new ArrayList<>(CFLAGS);
                    args.addAll(KERNEL_CFLAGS);
                    args.addAll(List.of("-I", sourceDir.resolve(KernelSources.includeDir()).toString(),
                            "-c", sourceDir.resolve(unit).toString(), "-o", object.toString()));
                    jobs.add(pool.submit(() -> gcc.run(sourceDir, args)));
                }
                for (Future<String> job : jobs) {
                    job.get();
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof BuildException be) {
                    throw new BuildException("the kernel's native part does not compile: " + be.getMessage(), be);
                }
                throw new BuildException("compiling the kernel failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
            try {
                Files.writeString(done, "");
            } catch (IOException e) {
                throw new BuildException("cannot write to the build cache " + dir + ": " + e.getMessage(), e);
            }
        }
        Set<String> kernelSymbols = new HashSet<>();
        List<String> nmArgs = new ArrayList<>(List.of("--defined-only", "-j"));
        objects.forEach(o -> nmArgs.add(o.toString()));
        for (String line : nm.run(dir, nmArgs).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.endsWith(":")) {
                kernelSymbols.add(s);
            }
        }
        Path pure = PureLibc.archive(dir.resolve("libc"), kernelSymbols, ar, nm, objdump);
        return new CompiledKernel(sourceDir, objects, pure);
    }

    /** Compiles the generated program (all.c and everything it includes) into one object. */
    public Path compileProgram(Path generatedDir, CompiledKernel kernel) throws BuildException {
        Path object = generatedDir.resolve("all.o");
        List<String> args = new ArrayList<>(CFLAGS);
        args.addAll(PROGRAM_CFLAGS);
        args.addAll(List.of("-I", kernel.sourceDir().resolve(KernelSources.includeDir()).toString(),
                "-c", "all.c", "-o", object.toString()));
        gcc.run(generatedDir, args);
        return object;
    }

    /** Links kernel and program into the image at output (stripped); returns its size. */
    public long link(CompiledKernel kernel, Path programObject, Path workDir, Path output) throws BuildException {
        Path elf = workDir.resolve("image.elf");
        List<String> args = new ArrayList<>(List.of("-nostdlib", "-static", "--gc-sections", "--build-id=none",
                "-z", "noexecstack", "--no-warn-rwx-segments",
                "-T", kernel.sourceDir().resolve(KernelSources.linkerScript()).toString(), "-o", elf.toString()));
        kernel.objects().forEach(o -> args.add(o.toString()));
        args.add(programObject.toString());
        args.add(kernel.pureLibc().toString());
        args.add(gcc.run(workDir, List.of("-print-libgcc-file-name")).strip());
        try {
            ld.run(workDir, args);
        } catch (Tool.ToolFailedException e) {
            Set<String> missing = new LinkedHashSet<>();
            Matcher m = UNDEFINED.matcher(e.output());
            while (m.find()) {
                missing.add(m.group(1));
            }
            if (!missing.isEmpty()) {
                throw new BuildException("the program needs C functions that the Mayfly kernel does not provide: "
                        + String.join(", ", missing) + " (they come from a part of the compiler's class library"
                        + " that Mayfly does not support yet)", e);
            }
            throw e;
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new BuildException("cannot create the directory of " + output + ": " + e.getMessage(), e);
        }
        objcopy.run(workDir, List.of("--strip-all", elf.toString(), output.toAbsolutePath().toString()));
        try {
            return Files.size(output);
        } catch (IOException e) {
            throw new BuildException("cannot read " + output + ": " + e.getMessage(), e);
        }
    }
}
