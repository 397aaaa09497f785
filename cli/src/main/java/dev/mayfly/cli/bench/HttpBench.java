package dev.mayfly.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP benchmark: wrk ({@code --latency}) against examples/http at 1 and 50 connections, each
 * target started fresh, warmed up, then measured; reported as req/s, p50 and p99 with ratios
 * against the baseline row of the same run — the jar on HotSpot with the JDK's own server. Targets
 * are rows: HotSpot with Mayfly's server (the same jar, remapped to Mayfly's classes) is one; the
 * Mayfly VMM and QEMU ({@code mayfly run -p}) become rows once guest networking lands.
 */
public final class HttpBench {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");
    static final int[] CONNECTIONS = {1, 50};

    /** A server to measure: started, it answers on a local port until closed. */
    interface Target {
        String name();

        /** Starts the server; the caller closes it. */
        Running start() throws IOException, InterruptedException;
    }

    /** A started target. */
    interface Running extends AutoCloseable {
        int port();

        @Override
        void close() throws IOException, InterruptedException;
    }

    /** One measured row. */
    record Row(String target, int connections, WrkReport report) {
    }

    private final Path wrk;
    private final String path;
    private final int seconds;
    private final int warmupSeconds;
    private final PrintStream out;

    public HttpBench(Path wrk, String path, int seconds, int warmupSeconds, PrintStream out) {
        this.wrk = wrk;
        this.path = path;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.out = out;
    }

    /** Measures every target (the first is the baseline) and prints the table; returns the rows. */
    public List<Row> run(List<Target> targets, List<String> notYet) throws IOException, InterruptedException {
        out.printf("HTTP benchmark: wrk --latency on %s, %d s per measurement after %d s of warm-up, connections %s%n",
                path, seconds, warmupSeconds, java.util.Arrays.toString(CONNECTIONS));
        List<Row> rows = new ArrayList<>();
        for (Target target : targets) {
            try (Running running = target.start()) {
                String url = "http://127.0.0.1:" + running.port() + path;
                wrk(url, 50, warmupSeconds);
                for (int c : CONNECTIONS) {
                    WrkReport report = wrk(url, c, seconds);
                    rows.add(new Row(target.name(), c, report));
                    out.printf("  %-44s %3d conn: %10.0f req/s%n", target.name(), c, report.requestsPerSecond());
                }
            }
        }
        print(rows, notYet);
        return rows;
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
        out.println("x req/s and x p99: ratios to the baseline (first row) at the same number of connections.");
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

    /** The rows that need guest networking (mayfly run -p), named so the table shows what is missing. */
    public static List<String> mayflyRowsNotYetMeasured() {
        return List.of("Mayfly VMM (mayfly run -p)", "QEMU microvm (mayfly run -p --hypervisor qemu)");
    }

    static boolean isExecutable(Path p) {
        return Files.isExecutable(p);
    }
}
