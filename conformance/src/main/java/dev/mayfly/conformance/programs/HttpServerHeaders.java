package dev.mayfly.conformance.programs;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * Probes the socket-free parts of com.sun.net.httpserver that Mayfly's class library provides:
 * Headers key normalisation, multi-values, read-only copies and CR/LF refusal; HttpPrincipal;
 * a Filter.Chain run without a server; and RejectedExecutionException, which the compiled class
 * library lacked.
 */
public class HttpServerHeaders {
    public static void main(String[] args) throws Exception {
        Headers h = new Headers();
        h.add("content-TYPE", "text/plain");
        h.add("X-MULTI", "one");
        h.add("x-multi", "two");
        h.set("Accept", "*/*");
        h.add("", "empty name");
        System.out.println("sorted: " + new TreeMap<>(h));
        System.out.println("getFirst: " + h.getFirst("CONTENT-type") + " " + h.getFirst("missing"));
        System.out.println("get: " + h.get("X-Multi") + " containsKey: " + h.containsKey("x-MULTI") + " size: " + h.size());
        System.out.println("remove: " + h.remove("ACCEPT") + " size: " + h.size());
        for (String[] kv : new String[][] {{"Bad\r\nName", "v"}, {"Name", "v\r\nInjected: x"}, {"Name", "v\n"}, {"Name", "fold\r\n ok"}}) {
            try {
                h.add(kv[0], kv[1]);
                System.out.println("accepted " + kv[1].replace("\r", "\\r").replace("\n", "\\n"));
            } catch (IllegalArgumentException e) {
                System.out.println("refused " + kv[0].replace("\r", "\\r").replace("\n", "\\n") + ": " + e.getMessage());
            }
        }
        Headers frozen = Headers.of("A", "1", "b", "2");
        System.out.println("of: " + new TreeMap<>(frozen));
        try {
            frozen.add("c", "3");
            System.out.println("of is writable");
        } catch (UnsupportedOperationException e) {
            System.out.println("of is read-only");
        }
        try {
            Headers.of("odd");
        } catch (IllegalArgumentException e) {
            System.out.println("of(odd): IllegalArgumentException");
        }

        HttpPrincipal p = new HttpPrincipal("ada", "lab");
        System.out.println("principal: " + p.getName() + " " + p.getRealm() + " " + p + " "
                + p.equals(new HttpPrincipal("ada", "lab")) + " " + p.equals(new HttpPrincipal("ada", "other")));

        List<String> events = new ArrayList<>();
        List<Filter> filters = List.of(Filter.beforeHandler("b", x -> events.add("before")),
                Filter.afterHandler("a", x -> events.add("after")));
        new Filter.Chain(filters, x -> events.add("handler")).doFilter(null);
        System.out.println("chain: " + events + " " + filters.get(0).description() + filters.get(1).description());

        try {
            throw new RejectedExecutionException("queue full");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
