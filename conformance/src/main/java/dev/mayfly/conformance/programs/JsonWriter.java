package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercises building and parsing JSON by hand: string escaping of quotes, control characters and
 * non-ASCII, number formatting, nested LinkedHashMaps and lists, pretty printing with indentation,
 * and a small recursive parser that round-trips the output.
 */
public class JsonWriter {

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static void write(Object v, StringBuilder out, int indent) {
        String pad = "  ".substring(0, 0);
        StringBuilder ind = new StringBuilder(pad);
        for (int i = 0; i < indent; i++) {
            ind.append("  ");
        }
        if (v instanceof Map<?, ?> m) {
            out.append("{");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(i++ == 0 ? "\n" : ",\n").append(ind).append("  ").append(quote(e.getKey().toString())).append(": ");
                write(e.getValue(), out, indent + 1);
            }
            out.append(m.isEmpty() ? "}" : "\n" + ind + "}");
        } else if (v instanceof List<?> l) {
            out.append("[");
            for (int i = 0; i < l.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(l.get(i), out, indent + 1);
            }
            out.append("]");
        } else if (v instanceof String s) {
            out.append(quote(s));
        } else {
            out.append(v);
        }
    }

    private final String src;
    private int pos;

    JsonWriter(String src) {
        this.src = src;
    }

    Object parse() {
        skip();
        char c = src.charAt(pos);
        if (c == '{') {
            pos++;
            Map<String, Object> m = new LinkedHashMap<>();
            skip();
            if (src.charAt(pos) == '}') {
                pos++;
                return m;
            }
            do {
                skip();
                String k = (String) parse();
                skip();
                pos++;
                m.put(k, parse());
                skip();
            } while (src.charAt(pos++) == ',');
            return m;
        } else if (c == '[') {
            pos++;
            List<Object> l = new ArrayList<>();
            skip();
            if (src.charAt(pos) == ']') {
                pos++;
                return l;
            }
            do {
                l.add(parse());
                skip();
            } while (src.charAt(pos++) == ',');
            return l;
        } else if (c == '"') {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (src.charAt(pos) != '"') {
                char ch = src.charAt(pos++);
                if (ch == '\\') {
                    char e = src.charAt(pos++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(ch);
                }
            }
            pos++;
            return sb.toString();
        }
        int start = pos;
        while (pos < src.length() && ",}] \n".indexOf(src.charAt(pos)) < 0) {
            pos++;
        }
        String tok = src.substring(start, pos);
        return switch (tok) {
            case "true" -> true;
            case "false" -> false;
            case "null" -> null;
            default -> tok.contains(".") || tok.contains("E") ? (Object) Double.parseDouble(tok) : (Object) Long.parseLong(tok);
        };
    }

    void skip() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    public static void main(String[] args) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Mayfly \"the\" unikernel");
        doc.put("version", 1L);
        doc.put("ratio", 0.125);
        doc.put("huge", 6.02e23);
        doc.put("escapes", "tab\tnewline\nbackslash\\ bell\u0007 caf\u00e9");
        doc.put("tags", List.of("java", "aot", "vm"));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("enabled", true);
        nested.put("nothing", null);
        nested.put("empty", new LinkedHashMap<>());
        nested.put("matrix", List.of(List.of(1L, 2L), List.of(3L, 4L), List.of()));
        doc.put("nested", nested);
        StringBuilder out = new StringBuilder();
        write(doc, out, 0);
        System.out.println(out);
        Object back = new JsonWriter(out.toString()).parse();
        StringBuilder again = new StringBuilder();
        write(back, again, 0);
        System.out.println("round trip identical " + again.toString().equals(out.toString()) + " equals " + back.equals(doc) + " length " + out.length());
    }
}
