package dev.mayfly.it.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A guest program for the port-forwarding test: listens on port 8080 with java.net, answers
 * {@code args[0]} HTTP requests (one per connection) with their request line, then exits.
 */
public final class PortProbe {
    public static void main(String[] args) throws IOException {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        try (ServerSocket server = new ServerSocket(8080)) {
            System.out.println("listening on 8080");
            for (int i = 0; i < requests; i++) {
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    String first = in.readLine();
                    String line;
                    while ((line = in.readLine()) != null && !line.isEmpty()) {
                        // skip the headers
                    }
                    String body = "request " + i + ": " + first + "\n";
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        }
        System.out.println("served " + requests);
    }
}
