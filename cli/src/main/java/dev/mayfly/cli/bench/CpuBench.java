package dev.mayfly.cli.bench;

import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.MayflyVmmHypervisor;
import dev.mayfly.cli.run.QemuHypervisor;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mayfly bench cpu}: CPU-bound conformance programs (NBodySimulation: floating point,
 * HashMapWorkload: hash maps, StringBuildingWorkload: strings) on Mayfly under the Mayfly VMM, on
 * Mayfly under QEMU TCG, and on HotSpot in this JVM after warm-up — all in the same run — reported
 * as ratios against HotSpot and VMM against TCG.
 *
 * <p>Mayfly's times are the Suite's own {@code --timings} lines (wall time of each program inside
 * the guest, from its first statement to its last, so boot is excluded), one boot per program and
 * run, the median of {@code runs} boots; a program that fails in the guest is reported and its
 * cell left empty. HotSpot runs the same classes loaded from the
 * conformance class directory, {@code warmups} times unmeasured and then {@code runs} times; its
 * standard output is discarded while it runs.
 */
public final class CpuBench {
    /** The programs and what they stress. */
    public static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("NBodySimulation", "floating point");
        PROGRAMS.put("HashMapWorkload", "hash maps");
        PROGRAMS.put("StringBuildingWorkload", "strings");
    }

    private static final Pattern TIMING = Pattern.compile("time (\\w+) (\\d+) ms");
    private static final String SUITE = "dev.mayfly.conformance.Suite";

    private final Path image;
    private final Path conformanceClasses;
    private final int runs;
    private final int warmups;
    private final boolean tcg;
    private final PrintStream out;

    public CpuBench(Path image, Path conformanceClasses, int runs, int warmups, boolean tcg, PrintStream out) {
        this.image = image;
        this.conformanceClasses = conformanceClasses;
        this.runs = runs;
        this.warmups = warmups;
        this.tcg = tcg;
        this.out = out;
    }

    /** Measures and prints the table; returns the medians by row and program (milliseconds). */
    public Map<String, Map<String, Double>> run() throws IOException, HypervisorException, ReflectiveOperationException {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        out.println("mayfly bench cpu: " + runs + " run(s) per program, HotSpot after " + warmups + " warm-up run(s)");
        rows.put("HotSpot " + Runtime.version().feature() + " (warm)", hotSpot());
        rows.put("Mayfly VMM (kvm)", guest(false));
        if (tcg) {
            rows.put("Mayfly QEMU TCG", guest(true));
        }
        print(rows);
        return rows;
    }

    /** One boot per program and run, so that a program that crashes the guest costs only its own cell (NaN). */
    private Map<String, Double> guest(boolean underTcg) throws HypervisorException {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String p : PROGRAMS.keySet()) {
            Samples samples = new Samples();
            for (int run = 0; run < runs; run++) {
                ByteArrayOutputStream console = new ByteArrayOutputStream();
                RunSpec spec = new RunSpec(image, 256L << 20, Map.of(), List.of("--timings", p), List.of(),
                        underTcg ? RunSpec.Accel.TCG : RunSpec.Accel.KVM, console, Duration.ofMinutes(10));
                RunOutcome outcome = underTcg ? new QemuHypervisor().run(spec) : new MayflyVmmHypervisor().run(spec);
                String text = console.toString(StandardCharsets.UTF_8);
                Matcher m = TIMING.matcher(text);
                if (outcome.exitStatus() != 0 || !m.find()) {
                    out.println("  " + p + " failed on " + (underTcg ? "TCG" : "the VMM") + " (" + outcome.description() + "): "
                            + lastLine(text));
                    break;
                }
                samples.add(Double.parseDouble(m.group(2)));
            }
            medians.put(p, samples.count() == runs ? samples.median() : Double.NaN);
        }
        return medians;
    }

    private static String lastLine(String text) {
        String t = text.strip();
        int nl = t.lastIndexOf('\n');
        return nl < 0 ? t : t.substring(nl + 1);
    }

    private Map<String, Double> hotSpot() throws IOException, ReflectiveOperationException {
        Map<String, Double> medians = new LinkedHashMap<>();
        PrintStream realOut = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {conformanceClasses.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            loader.loadClass(SUITE);
            for (String p : PROGRAMS.keySet()) {
                Method main = loader.loadClass("dev.mayfly.conformance.programs." + p).getMethod("main", String[].class);
                Samples s = new Samples();
                System.setOut(new PrintStream(OutputStream.nullOutputStream()));
                try {
                    for (int i = 0; i < warmups + runs; i++) {
                        long start = System.nanoTime();
                        main.invoke(null, (Object) new String[0]);
                        long nanos = System.nanoTime() - start;
                        if (i >= warmups) {
                            s.addNanos(nanos);
                        }
                    }
                } finally {
                    System.setOut(realOut);
                }
                medians.put(p, s.median());
            }
        }
        return medians;
    }

    private void print(Map<String, Map<String, Double>> rows) {
        List<String> names = new ArrayList<>(rows.keySet());
        Map<String, Double> hotspot = rows.get(names.get(0));
        Map<String, Double> vmm = rows.get(names.get(1));
        Map<String, Double> tcgRow = rows.size() > 2 ? rows.get(names.get(2)) : null;
        out.printf("%-28s", "median ms");
        for (String p : PROGRAMS.keySet()) {
            out.printf(" %24s", p + " (" + PROGRAMS.get(p) + ")");
        }
        out.println();
        for (var row : rows.entrySet()) {
            out.printf("%-28s", row.getKey());
            for (String p : PROGRAMS.keySet()) {
                double ms = row.getValue().get(p);
                out.printf(" %24s", Double.isNaN(ms) ? "failed" : String.format("%.1f", ms));
            }
            out.println();
        }
        out.printf("%-28s", "Mayfly VMM / HotSpot");
        for (String p : PROGRAMS.keySet()) {
            out.printf(" %24s", ratio(vmm.get(p), hotspot.get(p)));
        }
        out.println("   (time ratio: above 1 = slower than HotSpot)");
        if (tcgRow != null) {
            out.printf("%-28s", "TCG / Mayfly VMM");
            for (String p : PROGRAMS.keySet()) {
                out.printf(" %24s", ratio(tcgRow.get(p), vmm.get(p)));
            }
            out.println("   (issue 3 wants >= 3x)");
        }
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format("%.2fx", a / Math.max(0.1, b));
    }

    private static String tail(String s) {
        return s.length() <= 3000 ? s : "..." + s.substring(s.length() - 3000);
    }
}
