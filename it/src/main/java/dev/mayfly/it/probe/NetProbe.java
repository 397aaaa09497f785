package dev.mayfly.it.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A network probe written with plain java.net: an echo server on the port given as the first
 * argument, one thread per connection. A line "SINK n" makes the server read n bytes and answer
 * with their sum; "SOURCE n" makes it send n bytes of a pattern; "CLOSE" makes it close the
 * connection; "CALL host port" makes it connect out, send "hello from mayfly\n" and report the
 * reply line; "GET ..." is answered as an HTTP/1.1 request (headers skipped, keep-alive, a
 * 13-byte body); "QUIT" ends the program. Anything else is echoed back as a line.
 */
public final class NetProbe {
    private static final byte[] HTTP_RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\n"
            + "hello, world\n").getBytes(StandardCharsets.UTF_8);

    private NetProbe() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        ServerSocket server = new ServerSocket(port);
        server.setReuseAddress(true);
        System.out.println("listening on " + server.getLocalPort() + " " + InetAddress.getLoopbackAddress());
        while (true) {
            Socket s = server.accept();
            s.setTcpNoDelay(true);
            Thread t = new Thread(() -> serve(s, server));
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * A read buffer without synchronization. (java.io.BufferedInputStream would do, but its
     * synchronized read meets a bug of the compiled runtime's monitors when threads block inside
     * them: IllegalMonitorStateException; see the kernelnet report.)
     */
    private static final class Buffered extends InputStream {
        private final InputStream in;
        private final byte[] buf = new byte[16384];
        private int pos;
        private int end;

        Buffered(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (pos == end && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == end) {
                if (len >= buf.length) {
                    return in.read(b, off, len);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }
    }

    private static void serve(Socket s, ServerSocket server) {
        try (s) {
            InputStream in = new Buffered(s.getInputStream());
            OutputStream out = s.getOutputStream();
            StringBuilder line = new StringBuilder();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                String cmd = line.toString();
                line.setLength(0);
                if (cmd.startsWith("GET ")) {
                    boolean close = false;
                    while (true) {                       // the request's headers, up to the empty line
                        int h;
                        while ((h = in.read()) >= 0 && h != '\n') {
                            line.append((char) h);
                        }
                        if (h < 0) {
                            return;
                        }
                        String header = line.toString().trim();
                        line.setLength(0);
                        if (header.isEmpty()) {
                            break;
                        }
                        close |= header.equalsIgnoreCase("connection: close");
                    }
                    out.write(HTTP_RESPONSE);
                    if (close) {
                        return;
                    }
                    continue;
                }
                if (cmd.startsWith("SINK ")) {
                    long n = Long.parseLong(cmd.substring(5));
                    long sum = 0;
                    byte[] buf = new byte[16384];
                    while (n > 0) {
                        int r = in.read(buf, 0, (int) Math.min(buf.length, n));
                        if (r < 0) {
                            return;
                        }
                        for (int i = 0; i < r; i++) {
                            sum += buf[i] & 0xff;
                        }
                        n -= r;
                    }
                    out.write(("SUM " + sum + "\n").getBytes(StandardCharsets.UTF_8));
                } else if (cmd.startsWith("SOURCE ")) {
                    int n = Integer.parseInt(cmd.substring(7));
                    byte[] buf = new byte[16384];
                    int sent = 0;
                    while (sent < n) {
                        int k = Math.min(buf.length, n - sent);
                        for (int i = 0; i < k; i++) {
                            buf[i] = (byte) ((sent + i) * 31 + 7);
                        }
                        out.write(buf, 0, k);
                        sent += k;
                    }
                } else if (cmd.equals("CLOSE")) {
                    return;
                } else if (cmd.startsWith("CALL ")) {
                    String[] f = cmd.split(" ");
                    String reply;
                    try (Socket cs = new Socket()) {
                        cs.connect(new java.net.InetSocketAddress(f[1], Integer.parseInt(f[2])), 5000);
                        cs.getOutputStream().write("hello from mayfly\n".getBytes(StandardCharsets.UTF_8));
                        InputStream ci = cs.getInputStream();
                        StringBuilder r = new StringBuilder();
                        int ch;
                        while ((ch = ci.read()) >= 0 && ch != '\n') {
                            r.append((char) ch);
                        }
                        reply = "CALLED " + r;
                    } catch (IOException e) {
                        reply = "CALL FAILED " + e;
                    }
                    out.write((reply + "\n").getBytes(StandardCharsets.UTF_8));
                } else if (cmd.equals("QUIT")) {
                    out.write("BYE\n".getBytes(StandardCharsets.UTF_8));
                    server.close();
                    System.out.println("quit");
                    System.exit(0);
                } else {
                    out.write((cmd + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            System.out.println("connection ended: " + e);
        }
    }
}
