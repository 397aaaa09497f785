package dev.mayfly.it.probe;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An HTTP server and its own raw-socket client in one program, printing every response (headers
 * sorted, the Date value masked): its output on Mayfly must equal its output on HotSpot, where
 * the JDK's own com.sun.net.httpserver answers.
 */
public final class HttpServerProbe {
    private HttpServerProbe() {
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> reply(x, 200, "root " + x.getRequestURI().getPath()));
        server.createContext("/a", x -> reply(x, 200, "a"));
        server.createContext("/a/b", x -> reply(x, 200, "ab"));
        server.createContext("/chunked", x -> {
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            out.write(ascii("part one, "));
            out.flush();
            out.write(ascii("part two"));
            out.close();
        });
        server.createContext("/nobody", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/echo", x -> {
            byte[] body = readAll(x.getRequestBody());
            x.getResponseHeaders().set("X-Method", x.getRequestMethod());
            x.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            OutputStream out = x.getResponseBody();
            out.write(body);
            out.close();
        });
        server.createContext("/throw", x -> {
            throw new IOException("handler failed");
        });
        server.createContext("/thread", x -> reply(x, 200, Thread.currentThread().getName()));
        server.createContext("/headers", x -> {
            Headers h = x.getRequestHeaders();
            reply(x, 200, h.getFirst("x-MIXED-case") + " " + h.containsKey("X-mixed-case") + " " + x.getProtocol());
        });
        server.start();
        int port = server.getAddress().getPort();

        print("fixed length", port, 1, "GET /a HTTP/1.1\r\nHost: probe\r\n\r\n");
        print("longest prefix", port, 3, "GET /a/bc HTTP/1.1\r\n\r\nGET /apple HTTP/1.1\r\n\r\nGET /x/y HTTP/1.1\r\n\r\n");
        print("chunked response", port, 1, "GET /chunked HTTP/1.1\r\n\r\n");
        print("no body", port, 1, "GET /nobody HTTP/1.1\r\n\r\n");
        print("head", port, 2, "HEAD /a HTTP/1.1\r\n\r\nGET /a/b HTTP/1.1\r\n\r\n");
        print("keep-alive then close", port, 3,
                "GET /a HTTP/1.1\r\n\r\nGET /a HTTP/1.1\r\n\r\nGET /a HTTP/1.1\r\nConnection: close\r\n\r\n");
        print("http/1.0", port, 1, "GET /headers HTTP/1.0\r\nX-Mixed-CASE: v\r\n\r\n");
        print("http/1.0 keep-alive", port, 2,
                "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        print("content-length body", port, 1, "POST /echo HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world");
        print("chunked body", port, 1,
                "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n");
        print("expect 100-continue", port, 2, "POST /echo HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody");
        print("handler exception", port, 0, "GET /throw HTTP/1.1\r\n\r\n");
        print("dispatcher thread", port, 1, "GET /thread HTTP/1.1\r\n\r\n");
        print("bad request line", port, 1, "NONSENSE\r\n\r\n");
        print("bad content-length", port, 1, "POST /echo HTTP/1.1\r\nContent-Length: x\r\n\r\n");
        print("unknown transfer coding", port, 1, "POST /echo HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
        server.stop(0);

        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/only", x -> reply(x, 200, "only " + Thread.currentThread().getName()));
        other.setExecutor(task -> new Thread(task, "custom-executor").start());
        other.start();
        print("given executor", other.getAddress().getPort(), 1, "GET /only HTTP/1.1\r\n\r\n");
        print("no context", other.getAddress().getPort(), 1, "GET /elsewhere HTTP/1.1\r\n\r\n");
        other.stop(0);
        System.out.println("done");
    }

    private static void reply(HttpExchange x, int code, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(code, b.length);
        OutputStream out = x.getResponseBody();
        out.write(b);
        out.close();
    }

    /** Sends {@code request} on a fresh connection, prints {@code responses} responses and whether the server then closed. */
    private static void print(String title, int port, int responses, String request) throws IOException {
        System.out.println("== " + title);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        out.write(ascii(request));
        out.flush();
        boolean head = request.startsWith("HEAD");
        for (int i = 0; i < responses; i++) {
            if (!readResponse(in, head && i == 0)) {
                break;
            }
        }
        boolean closes = title.endsWith("close") || title.equals("http/1.0") || title.startsWith("bad")
                || title.startsWith("unknown") || title.equals("handler exception") || title.equals("no context");
        if (closes) {
            int next;
            try {
                next = in.read();
            } catch (IOException e) {
                next = -1;
            }
            System.out.println(next < 0 ? "(closed)" : "(open: byte " + next + ")");
        }
        socket.close();
    }

    /** Reads and prints one response; false at end of stream. */
    private static boolean readResponse(InputStream in, boolean head) throws IOException {
        String status = line(in);
        if (status == null) {
            System.out.println("(closed)");
            return false;
        }
        System.out.println(status);
        List<String> headers = new ArrayList<>();
        String contentLength = null;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).toLowerCase();
            String value = h.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = value;
            } else if (name.equals("transfer-encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equals("connection")) {
                close = value.equalsIgnoreCase("close");
            }
            headers.add(name + ": " + (name.equals("date") ? "<date>" : value));
        }
        Collections.sort(headers);
        for (String h : headers) {
            System.out.println("  " + h);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (head || code == 100 || code == 204 || code == 304) {
            // No body.
        } else if (chunked) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                for (int i = 0; i < size; i++) {
                    body.write(in.read());
                }
                line(in);
            }
            line(in);
        } else if (contentLength != null) {
            int n = Integer.parseInt(contentLength);
            for (int i = 0; i < n; i++) {
                body.write(in.read());
            }
        } else if (close) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                body.write(c);
            }
        }
        System.out.println("  body: " + body.toString(StandardCharsets.UTF_8));
        return true;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return sb.length() == 0 ? null : sb.toString();
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[512];
        int n;
        while ((n = in.read(buf)) > 0) {
            b.write(buf, 0, n);
        }
        return b.toByteArray();
    }
}
