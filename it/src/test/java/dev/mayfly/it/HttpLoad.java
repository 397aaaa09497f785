package dev.mayfly.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator for the end-to-end tests: some HTTP/1.1 keep-alive connections, each sending
 * its share of GET requests one after another and reading every response completely. A response
 * other than 200, a connection that breaks or a malformed response is an error, with its reason.
 */
final class HttpLoad {
    /** What a run did. */
    record Result(int ok, List<String> errors, long nanos) {
        double requestsPerSecond() {
            return ok / (nanos / 1e9);
        }
    }

    private HttpLoad() {
    }

    static Result run(int port, String path, int connections, int requestsPerConnection) throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int id = c;
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                int done = 0;
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 20_000);
                    socket.setSoTimeout(30_000);
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII);
                    for (; done < requestsPerConnection; done++) {
                        out.write(request);
                        out.flush();
                        int status = readResponse(in);
                        if (status != 200) {
                            errors.add("connection " + id + " request " + done + ": status " + status);
                            return;
                        }
                        ok.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.add("connection " + id + " request " + done + ": " + e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(ok.get(), List.copyOf(errors), System.nanoTime() - start);
    }

    /** Reads one response (status line, headers, a Content-Length body); returns its status. */
    static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not a status line: '" + statusLine + "'");
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                length = Long.parseLong(header.substring(colon + 1).trim());
            }
        }
        if (length < 0) {
            throw new IOException("a response without Content-Length (status " + status + ")");
        }
        for (long i = 0; i < length; i++) {
            if (in.read() < 0) {
                throw new IOException("the body ended after " + i + " of " + length + " bytes");
            }
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended in the middle of a response");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
