package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exercises instanceof with type patterns and record patterns, casts between numeric wrapper types
 * and a small JSON-like value printer that dispatches on runtime types.
 */
public class InstanceofPatterns {

    record Pair(Object left, Object right) {
    }

    static String render(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String s) {
            return "\"" + s.replace("\"", "\\\"") + "\"";
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v.toString();
        } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "null";
        } else if (v instanceof Number n) {
            return String.valueOf(n.doubleValue());
        } else if (v instanceof Pair(var l, var r)) {
            return "[" + render(l) + "," + render(r) + "]";
        } else if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(render(String.valueOf(e.getKey()))).append(':').append(render(e.getValue()));
            }
            return sb.append('}').toString();
        } else if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(render(o));
            }
            return "[" + String.join(",", parts) + "]";
        } else if (v instanceof Object[] arr) {
            return render(List.of(arr));
        } else if (v instanceof char[] cs) {
            return render(new String(cs));
        }
        return render(v.toString());
    }

    static int depth(Object v) {
        if (v instanceof Pair(Pair inner, var ignored)) {
            return 1 + depth(inner);
        }
        if (v instanceof Pair(var ignored, Pair inner)) {
            return 1 + depth(inner);
        }
        return v instanceof Pair ? 1 : 0;
    }

    public static void main(String[] args) {
        Map<String, Object> doc = new TreeMap<>();
        doc.put("name", "mayfly \"unikernel\"");
        doc.put("version", 1);
        doc.put("big", 1L << 50);
        doc.put("ratio", 0.75);
        doc.put("float", 1.25f);
        doc.put("nan", Double.NaN);
        doc.put("ok", true);
        doc.put("pair", new Pair(1, new Pair("a", null)));
        doc.put("list", List.of(1, "two", 3.5));
        doc.put("array", new Object[] {'x', (short) 7, (byte) -1});
        doc.put("chars", new char[] {'h', 'i'});
        System.out.println(render(doc));
        System.out.println(depth(new Pair(new Pair(new Pair(1, 2), 3), 4)) + " " + depth(new Pair(0, new Pair(1, 2))) + " " + depth("x"));
        Object o = 42;
        if (!(o instanceof String s)) {
            System.out.println("not a string: " + o);
        } else {
            System.out.println(s.length());
        }
        Number n = 3.99;
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + (n instanceof Comparable<?>));
    }
}
