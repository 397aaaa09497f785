package dev.mayfly.image.teavm;

import dev.mayfly.image.BuildException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.diagnostics.ProblemSeverity;
import org.teavm.model.CallLocation;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;
import org.teavm.vm.TeaVMPhase;
import org.teavm.vm.TeaVMProgressFeedback;
import org.teavm.vm.TeaVMProgressListener;

/**
 * The ahead-of-time compiler stage: TeaVM's C target over kernel, class library and application
 * as one closed world. The only class of Mayfly that knows TeaVM's tooling API (DESIGN.md
 * decision 2: keep the compiler replaceable).
 */
public final class TeaVMCompiler {
    /** The Java class the compiled program starts in. */
    public static final String KERNEL_MAIN = "dev.mayfly.kernel.boot.Boot";
    private static final int MAX_REPORTED_PROBLEMS = 15;

    /** Phase boundaries reported back to the builder. */
    public interface Phases {
        /** Dependency analysis is over; C generation begins. */
        void analysisFinished();
    }

    private TeaVMCompiler() {
    }

    /**
     * Generates C for the application into {@code outputDir} ({@code all.c} includes the rest).
     *
     * @param classPath platform and application class path entries (jars or directories)
     */
    public static void generate(List<Path> classPath, String mainClass, Path outputDir, int minHeap, int maxHeap,
                                Phases phases) throws BuildException {
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.C);
        tool.setMainClass(KERNEL_MAIN);
        tool.setTargetDirectory(outputDir.toFile());
        List<File> files = new ArrayList<>();
        classPath.forEach(p -> files.add(p.toFile()));
        tool.setClassPath(files);
        tool.setClassLoader(TeaVMCompiler.class.getClassLoader());
        tool.setObfuscated(false);
        tool.setIncremental(false);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setMinHeapSize(minHeap);
        tool.setMaxHeapSize(maxHeap);
        tool.getProperties().setProperty(MayflyTeaVMPlugin.MAIN_CLASS_PROPERTY, mainClass);
        tool.setLog(QUIET_LOG);
        tool.setProgressListener(new TeaVMProgressListener() {
            @Override
            public TeaVMProgressFeedback phaseStarted(TeaVMPhase phase, int count) {
                if (phase == TeaVMPhase.COMPILING) {
                    phases.analysisFinished();
                }
                return TeaVMProgressFeedback.CONTINUE;
            }

            @Override
            public TeaVMProgressFeedback progressReached(int progress) {
                return TeaVMProgressFeedback.CONTINUE;
            }
        });
        try {
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new BuildException("the compiler failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BuildException("the compiler failed: " + e, e);
        }
        List<Problem> severe = tool.getProblemProvider().getSevereProblems();
        if (!severe.isEmpty()) {
            throw new BuildException(describe(severe));
        }
    }

    /** One line per distinct problem: what is missing, and where the application uses it. */
    static String describe(List<Problem> problems) {
        Set<String> lines = new LinkedHashSet<>();
        for (Problem problem : problems) {
            if (problem.getSeverity() != ProblemSeverity.ERROR) {
                continue;
            }
            DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
            problem.render(text);
            lines.add(text.getText() + where(problem.getLocation()));
        }
        List<String> shown = new ArrayList<>(lines);
        StringBuilder sb = new StringBuilder("the program uses what Mayfly's class library does not provide:");
        for (int i = 0; i < Math.min(shown.size(), MAX_REPORTED_PROBLEMS); i++) {
            sb.append("\n  ").append(shown.get(i));
        }
        if (shown.size() > MAX_REPORTED_PROBLEMS) {
            sb.append("\n  ... and ").append(shown.size() - MAX_REPORTED_PROBLEMS).append(" more");
        }
        return sb.toString();
    }

    private static String where(CallLocation location) {
        if (location == null || location.getMethod() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(", used in ").append(location.getMethod());
        if (location.getSourceLocation() != null && !location.getSourceLocation().isEmpty()) {
            sb.append(" (").append(location.getSourceLocation().getFileName())
                    .append(':').append(location.getSourceLocation().getLine()).append(')');
        }
        return sb.toString();
    }

    private static final TeaVMToolLog QUIET_LOG = new TeaVMToolLog() {
        @Override
        public void info(String text) {
        }

        @Override
        public void debug(String text) {
        }

        @Override
        public void warning(String text) {
        }

        @Override
        public void error(String text) {
        }

        @Override
        public void info(String text, Throwable e) {
        }

        @Override
        public void debug(String text, Throwable e) {
        }

        @Override
        public void warning(String text, Throwable e) {
        }

        @Override
        public void error(String text, Throwable e) {
        }
    };
}
