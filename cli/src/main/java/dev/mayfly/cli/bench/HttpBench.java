package dev.mayfly.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP benchmark: wrk ({@code --latency}) against examples/http at 1 and 50 connections, every
 * target started, warmed up, then measured in interleaved rounds; reported as req/s, p50 and p99 with ratios
 * against the baseline row of the same run — the jar on HotSpot with the JDK's own server. Targets
 * are rows: HotSpot with Mayfly's server (the same jar, remapped to Mayfly's classes) is one; the
 * Mayfly VMM and QEMU ({@code mayfly run -p}) become rows once guest networking lands.
 */
public final class HttpBench {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");
    static final int[] CONNECTIONS = {1, 50};

    /** A server to measure: started, it answers on a local port until closed. */
    public interface Target {
        String name();

        /** Starts the server; the caller closes it. */
        Running start() throws IOException, InterruptedException;
    }

    /** A started target. */
    public interface Running extends AutoCloseable {
        int port();

        /** The memory this target holds now, as it measures it (a label and bytes), or {@code null}. */
        default Memory memory() {
            return null;
        }

        @Override
        void close() throws IOException, InterruptedException;
    }

    /** A target's memory after the measurement: what was measured, and how many bytes. */
    public record Memory(String what, long bytes) {
    }

    /** One measured row. */
    record Row(String target, int connections, WrkReport report) {
    }

    private final Path wrk;
    private final String path;
    private final int seconds;
    private final int warmupSeconds;
    private final int rounds;
    private final PrintStream out;

    public HttpBench(Path wrk, String path, int seconds, int warmupSeconds, int rounds, PrintStream out) {
        this.wrk = wrk;
        this.path = path;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.rounds = rounds;
        this.out = out;
    }

    /**
     * Measures every target (the first is the baseline) and prints the table; returns the rows.
     * All targets run side by side and are measured in turn, round after round, so that load from
     * elsewhere on the machine falls on all of them alike; a row holds the medians of its rounds.
     */
    public List<Row> run(List<Target> targets, List<String> notYet) throws IOException, InterruptedException {
        out.printf("HTTP benchmark: wrk --latency on %s; %d rounds of %d s per target and connection count"
                + " (connections %s) after %d s of warm-up each%n",
                path, rounds, seconds, java.util.Arrays.toString(CONNECTIONS), warmupSeconds);
        List<Running> running = new ArrayList<>();
        try {
            for (Target target : targets) {
                running.add(target.start());
            }
            for (Running r : running) {
                wrk(url(r), 50, warmupSeconds);
            }
            List<List<WrkReport>> samples = new ArrayList<>();
            for (int i = 0; i < targets.size() * CONNECTIONS.length; i++) {
                samples.add(new ArrayList<>());
            }
            for (int round = 0; round < rounds; round++) {
                for (int c = 0; c < CONNECTIONS.length; c++) {
                    for (int t = 0; t < targets.size(); t++) {
                        WrkReport report = wrk(url(running.get(t)), CONNECTIONS[c], seconds);
                        samples.get(t * CONNECTIONS.length + c).add(report);
                        out.printf("  round %d  %-44s %3d conn: %10.0f req/s  p99 %8.3f ms%n", round + 1,
                                targets.get(t).name(), CONNECTIONS[c], report.requestsPerSecond(), report.p99Millis());
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                for (int c = 0; c < CONNECTIONS.length; c++) {
                    rows.add(new Row(targets.get(t).name(), CONNECTIONS[c], median(samples.get(t * CONNECTIONS.length + c))));
                }
            }
            print(rows, notYet);
            out.println();
            out.println("memory after the run:");
            for (int t = 0; t < targets.size(); t++) {
                Memory m = running.get(t).memory();
                out.printf("  %-44s %s%n", targets.get(t).name(),
                        m == null ? "not measured" : String.format("%.1f MiB (%s)", m.bytes() / 1048576.0, m.what()));
            }
            return rows;
        } finally {
            for (Running r : running) {
                r.close();
            }
        }
    }

    private String url(Running r) {
        return "http://127.0.0.1:" + r.port() + path;
    }

    /** The medians of each figure over the rounds; errors are summed. */
    static WrkReport median(List<WrkReport> reports) {
        long requests = 0;
        long errors = 0;
        for (WrkReport r : reports) {
            requests += r.requests();
            errors += r.errors();
        }
        return new WrkReport(median(reports, WrkReport::requestsPerSecond), median(reports, WrkReport::p50Millis),
                median(reports, WrkReport::p99Millis), requests, errors);
    }

    private static double median(List<WrkReport> reports, java.util.function.ToDoubleFunction<WrkReport> figure) {
        double[] values = reports.stream().mapToDouble(figure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private void print(List<Row> rows, List<String> notYet) {
        out.println();
        out.printf("%-44s %5s %10s %9s %9s %9s %9s %7s%n", "target", "conns", "req/s", "p50 ms", "p99 ms",
                "x req/s", "x p99", "errors");
        String baseline = rows.isEmpty() ? null : rows.get(0).target();
        for (Row row : rows) {
            WrkReport base = null;
            for (Row r : rows) {
                if (r.target().equals(baseline) && r.connections() == row.connections()) {
                    base = r.report();
                }
            }
            WrkReport w = row.report();
            out.printf("%-44s %5d %10.0f %9.3f %9.3f %9.2f %9.2f %7d%n", row.target(), row.connections(),
                    w.requestsPerSecond(), w.p50Millis(), w.p99Millis(),
                    w.requestsPerSecond() / base.requestsPerSecond(), w.p99Millis() / base.p99Millis(), w.errors());
        }
        for (String n : notYet) {
            out.printf("%-44s %s%n", n, "not measured yet");
        }
        out.println("x req/s and x p99: ratios to the baseline (first row) at the same number of connections; medians of the rounds.");
    }

    private WrkReport wrk(String url, int connections, int duration) throws IOException, InterruptedException {
        int threads = Math.max(1, Math.min(connections, Math.min(2, Runtime.getRuntime().availableProcessors())));
        List<String> command = List.of(wrk.toString(), "-t" + threads, "-c" + connections, "-d" + duration + "s",
                "--latency", url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed (status " + p.exitValue() + "):\n" + output);
        }
        return WrkReport.parse(output);
    }

    /** The jar on HotSpot: {@code java [-cp extra] ...} with PORT=0, the port read from its "listening on" line. */
    public static Target hotSpot(String name, List<String> javaArguments) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Running start() throws IOException {
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(javaArguments);
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
                pb.environment().put("PORT", "0");
                Process process = pb.start();
                BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                String line = lines.readLine();
                Matcher m = LISTENING.matcher(line == null ? "" : line);
                if (!m.find()) {
                    process.destroyForcibly();
                    throw new IOException(name + ": expected a 'listening on http://...:PORT/' line, got: " + line);
                }
                int port = Integer.parseInt(m.group(1));
                Thread drain = new Thread(() -> {
                    try {
                        lines.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // The process ended.
                    }
                }, "bench-output");
                drain.setDaemon(true);
                drain.start();
                return new Running() {
                    @Override
                    public int port() {
                        return port;
                    }

                    @Override
                    public Memory memory() {
                        long rss = ProcessMemory.residentBytes(process.pid());
                        return rss < 0 ? null : new Memory("resident set of the java process", rss);
                    }

                    @Override
                    public void close() throws InterruptedException {
                        process.destroy();
                        if (!process.waitFor(10, TimeUnit.SECONDS)) {
                            process.destroyForcibly().waitFor();
                        }
                    }
                };
            }
        };
    }

    /** The standard rows: the jar on HotSpot with the JDK's server (baseline), and with Mayfly's server. */
    public static List<Target> hotSpotTargets(Path httpJar, Path mayflyJdkJar, Path workDir) throws IOException {
        Path remapped = workDir.resolve("http-mayfly-httpserver.jar");
        JarRemapper.remap(httpJar, remapped);
        String main = mainClass(httpJar);
        return List.of(
                hotSpot("HotSpot, JDK's com.sun.net.httpserver", List.of("-jar", httpJar.toString())),
                hotSpot("HotSpot, Mayfly's httpserver (same jar)",
                        List.of("-cp", remapped + java.io.File.pathSeparator + mayflyJdkJar, main)));
    }

    private static String mainClass(Path jar) throws IOException {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest m = j.getManifest();
            String main = m == null ? null : m.getMainAttributes().getValue("Main-Class");
            if (main == null) {
                throw new IOException(jar + " has no Main-Class in its manifest");
            }
            return main;
        }
    }

    /** The Mayfly rows: the image of the same service under the Mayfly VMM and under QEMU, both through {@code -p}. */
    public static List<Target> mayflyTargets(Path image) {
        return List.of(MayflyTarget.vmm(image), MayflyTarget.qemu(image));
    }
}
