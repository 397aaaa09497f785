package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exercises graph algorithms over maps and priority queues: Dijkstra shortest paths with path
 * reconstruction, a topological sort, and connected components with union-find, on a small rail
 * network.
 */
public class DijkstraRoutes {

    record Edge(String to, int km) {
    }

    static final Map<String, List<Edge>> GRAPH = new TreeMap<>();

    static void link(String a, String b, int km) {
        GRAPH.computeIfAbsent(a, k -> new ArrayList<>()).add(new Edge(b, km));
        GRAPH.computeIfAbsent(b, k -> new ArrayList<>()).add(new Edge(a, km));
    }

    record Visit(String city, int dist) {
    }

    static String route(String from, String to) {
        Map<String, Integer> dist = new HashMap<>();
        Map<String, String> prev = new HashMap<>();
        PriorityQueue<Visit> pq = new PriorityQueue<>((x, y) -> x.dist() != y.dist() ? Integer.compare(x.dist(), y.dist()) : x.city().compareTo(y.city()));
        dist.put(from, 0);
        pq.add(new Visit(from, 0));
        while (!pq.isEmpty()) {
            Visit v = pq.poll();
            if (v.dist() > dist.getOrDefault(v.city(), Integer.MAX_VALUE)) {
                continue;
            }
            for (Edge e : GRAPH.getOrDefault(v.city(), List.of())) {
                int nd = v.dist() + e.km();
                if (nd < dist.getOrDefault(e.to(), Integer.MAX_VALUE)) {
                    dist.put(e.to(), nd);
                    prev.put(e.to(), v.city());
                    pq.add(new Visit(e.to(), nd));
                }
            }
        }
        if (!dist.containsKey(to)) {
            return from + " -> " + to + ": unreachable";
        }
        List<String> path = new ArrayList<>();
        for (String c = to; c != null; c = prev.get(c)) {
            path.add(c);
        }
        Collections.reverse(path);
        return from + " -> " + to + ": " + dist.get(to) + " km via " + String.join(" > ", path);
    }

    static List<String> topo(Map<String, List<String>> deps) {
        Map<String, Integer> indeg = new TreeMap<>();
        for (var e : deps.entrySet()) {
            indeg.putIfAbsent(e.getKey(), 0);
            for (String d : e.getValue()) {
                indeg.putIfAbsent(d, 0);
            }
        }
        for (var e : deps.entrySet()) {
            indeg.merge(e.getKey(), e.getValue().size(), Integer::sum);
        }
        TreeSet<String> ready = new TreeSet<>();
        indeg.forEach((k, v) -> {
            if (v == 0) {
                ready.add(k);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.pollFirst();
            order.add(n);
            for (var e : deps.entrySet()) {
                if (e.getValue().contains(n) && indeg.merge(e.getKey(), -1, Integer::sum) == 0) {
                    ready.add(e.getKey());
                }
            }
        }
        return order;
    }

    static int[] parent;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) {
        link("Amsterdam", "Brussels", 210);
        link("Brussels", "Paris", 310);
        link("Amsterdam", "Cologne", 260);
        link("Cologne", "Frankfurt", 190);
        link("Brussels", "Cologne", 220);
        link("Frankfurt", "Munich", 390);
        link("Paris", "Lyon", 465);
        link("Lyon", "Geneva", 150);
        link("Geneva", "Zurich", 280);
        link("Zurich", "Munich", 310);
        link("Frankfurt", "Zurich", 420);
        link("Oslo", "Bergen", 500);
        System.out.println(route("Amsterdam", "Munich"));
        System.out.println(route("Paris", "Zurich"));
        System.out.println(route("Geneva", "Amsterdam"));
        System.out.println(route("Oslo", "Paris"));
        Map<String, List<String>> deps = new TreeMap<>();
        deps.put("app", List.of("kernel", "net", "jdk"));
        deps.put("kernel", List.of("virtio", "net"));
        deps.put("jdk", List.of("kernel"));
        deps.put("image", List.of("kernel", "jdk"));
        deps.put("cli", List.of("image", "vmm"));
        deps.put("vmm", List.of("virtio", "net"));
        System.out.println("build order " + topo(deps));
        List<String> cities = new ArrayList<>(GRAPH.keySet());
        parent = new int[cities.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        GRAPH.forEach((c, edges) -> edges.forEach(e -> parent[find(cities.indexOf(c))] = find(cities.indexOf(e.to()))));
        Map<String, List<String>> groups = new TreeMap<>();
        for (String c : cities) {
            int root = find(cities.indexOf(c));
            groups.computeIfAbsent(cities.get(root), k -> new ArrayList<>()).add(c);
        }
        System.out.println("components " + groups.values());
    }
}
