package dev.mayfly.net.teavm;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.vm.TeaVMOptimizationLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Compiles the stack with TeaVM's C target (as the image builder does for the kernel), builds it
 * with gcc and checks that the native program prints exactly what HotSpot prints. Opt-in, because
 * it takes about 20 s: run with {@code MAYFLY_NET_TEAVM=1} in the environment.
 */
class TeaVmCompilationTest {

    @Test
    void compiledStackBehavesExactlyLikeHotSpot() throws Exception {
        Assumptions.assumeTrue(System.getenv("MAYFLY_NET_TEAVM") != null, "set MAYFLY_NET_TEAVM=1 to compile the stack with TeaVM and gcc");
        Assumptions.assumeTrue(new ProcessBuilder("gcc", "--version").start().waitFor() == 0, "no gcc");

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            SmokeMain.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String hotspot = captured.toString();
        assertTrue(hotspot.startsWith("done"), hotspot);

        Path work = Files.createTempDirectory("mayfly-net-teavm");
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.C);
        tool.setMainClass(SmokeMain.class.getName());
        tool.setTargetDirectory(work.resolve("c").toFile());
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        tool.setClassPath(classPath);
        tool.setClassLoader(TeaVmCompilationTest.class.getClassLoader());
        tool.setObfuscated(false);
        tool.setIncremental(false);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setMinHeapSize(4 << 20);
        tool.setMaxHeapSize(256 << 20);
        tool.generate();
        StringBuilder problems = new StringBuilder();
        for (Problem p : tool.getProblemProvider().getSevereProblems()) {
            DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
            p.render(text);
            problems.append(text.getText()).append(" at ").append(p.getLocation()).append('\n');
        }
        assertEquals("", problems.toString(), "TeaVM could not compile the stack");

        Path binary = work.resolve("smoke");
        Process gcc = new ProcessBuilder("gcc", "-O2", "-fwrapv", "-w", "-o", binary.toString(),
                work.resolve("c/all.c").toString(), "-lm").redirectErrorStream(true).start();
        String gccOutput = new String(gcc.getInputStream().readAllBytes());
        assertTrue(gcc.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, gcc.exitValue(), gccOutput);

        Process run = new ProcessBuilder(binary.toString()).redirectErrorStream(true).start();
        String nativeOutput = new String(run.getInputStream().readAllBytes());
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        assertEquals(hotspot, nativeOutput);
    }
}
