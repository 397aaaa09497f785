package dev.mayfly.conformance.tools;

import dev.mayfly.conformance.ExpectedFailures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles stand-in classes for the programs of expected-failures.txt marked
 * {@code [build]}, so that the Suite can be compiled ahead of time although those programs use
 * class-library methods the compiled runtime lacks.
 *
 * <p>Put the output directory <em>before</em> the conformance classes on the compiler's class path:
 * each stub has the program's name and a {@code main} that throws
 * {@code UnsupportedOperationException("not compiled: <reason>")}, which the Suite reports as a
 * {@code !!!} line, so the program still shows up (as failing) in the compiled run.
 *
 * <p>Usage: {@code StubExcludedPrograms <expected-failures.txt> <output-classes-dir>}. Host only.
 */
public final class StubExcludedPrograms {

    private StubExcludedPrograms() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StubExcludedPrograms <expected-failures.txt> <output-classes-dir>");
            System.exit(2);
        }
        int n = write(Path.of(args[0]), Path.of(args[1]));
        System.out.println(n + " stub(s) written to " + args[1]);
    }

    /** Writes and compiles the stubs; returns how many. */
    public static int write(Path expectedFailures, Path outputClasses) throws IOException {
        Path src = Files.createTempDirectory("mayfly-stubs");
        Path pkg = src.resolve("dev/mayfly/conformance/programs");
        Files.createDirectories(pkg);
        List<String> files = new ArrayList<>();
        for (ExpectedFailures.Failure f : ExpectedFailures.read(expectedFailures)) {
            if (!f.buildExcluded()) {
                continue;
            }
            Path file = pkg.resolve(f.program() + ".java");
            String reason = f.reason().replace("\\", "\\\\").replace("\"", "\\\"");
            Files.writeString(file, "package dev.mayfly.conformance.programs;\n\n"
                    + "/** Stand-in: the real program is not compiled into the image. */\n"
                    + "public class " + f.program() + " {\n"
                    + "    public static void main(String[] args) {\n"
                    + "        throw new UnsupportedOperationException(\"not compiled: " + reason + "\");\n"
                    + "    }\n"
                    + "}\n", StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        Files.createDirectories(outputClasses);
        if (files.isEmpty()) {
            return 0;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no system Java compiler (run on a JDK, not a JRE)");
        }
        List<String> argv = new ArrayList<>(List.of("--release", "25", "-d", outputClasses.toString()));
        argv.addAll(files);
        int rc = javac.run(null, null, null, argv.toArray(new String[0]));
        if (rc != 0) {
            throw new IOException("javac failed on the stubs (status " + rc + ")");
        }
        return files.size();
    }
}
