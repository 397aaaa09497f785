package dev.mayfly.conformance.programs;

import java.util.HashMap;
import java.util.Map;

/**
 * Exercises a recursive-descent parser and evaluator for arithmetic expressions with variables,
 * functions and error reporting (string scanning, recursion, exceptions, long arithmetic).
 */
public class ExpressionParser {

    static final class ParseException extends RuntimeException {
        final int position;

        ParseException(String message, int position) {
            super(message + " at position " + position);
            this.position = position;
        }
    }

    private final String src;
    private final Map<String, Long> vars;
    private int pos;

    ExpressionParser(String src, Map<String, Long> vars) {
        this.src = src;
        this.vars = vars;
    }

    static long eval(String src, Map<String, Long> vars) {
        ExpressionParser p = new ExpressionParser(src, vars);
        long v = p.expression();
        p.skipSpaces();
        if (p.pos != src.length()) {
            throw new ParseException("unexpected '" + src.charAt(p.pos) + "'", p.pos);
        }
        return v;
    }

    private void skipSpaces() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private long expression() {
        long v = term();
        while (true) {
            if (eat('+')) {
                v += term();
            } else if (eat('-')) {
                v -= term();
            } else {
                return v;
            }
        }
    }

    private long term() {
        long v = power();
        while (true) {
            if (eat('*')) {
                v *= power();
            } else if (eat('/')) {
                int at = pos;
                long d = power();
                if (d == 0) {
                    throw new ParseException("division by zero", at);
                }
                v /= d;
            } else if (eat('%')) {
                long d = power();
                v = Math.floorMod(v, d);
            } else {
                return v;
            }
        }
    }

    private long power() {
        long base = unary();
        if (eat('^')) {
            long exp = power();
            long r = 1;
            for (long i = 0; i < exp; i++) {
                r *= base;
            }
            return r;
        }
        return base;
    }

    private long unary() {
        if (eat('-')) {
            return -unary();
        }
        if (eat('+')) {
            return unary();
        }
        return primary();
    }

    private long primary() {
        skipSpaces();
        if (eat('(')) {
            long v = expression();
            if (!eat(')')) {
                throw new ParseException("expected ')'", pos);
            }
            return v;
        }
        int start = pos;
        if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            return Long.parseLong(src.substring(start, pos).replace("_", ""));
        }
        if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
                pos++;
            }
            String name = src.substring(start, pos);
            if (eat('(')) {
                long a = expression();
                long b = eat(',') ? expression() : 0;
                if (!eat(')')) {
                    throw new ParseException("expected ')' after arguments of " + name, pos);
                }
                return switch (name) {
                    case "max" -> Math.max(a, b);
                    case "min" -> Math.min(a, b);
                    case "abs" -> Math.abs(a);
                    case "gcd" -> gcd(a, b);
                    default -> throw new ParseException("unknown function " + name, start);
                };
            }
            Long v = vars.get(name);
            if (v == null) {
                throw new ParseException("unknown variable " + name, start);
            }
            return v;
        }
        throw new ParseException(pos < src.length() ? "unexpected '" + src.charAt(pos) + "'" : "unexpected end", pos);
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) {
        Map<String, Long> vars = new HashMap<>();
        vars.put("x", 7L);
        vars.put("y", -3L);
        vars.put("big", 1L << 40);
        String[] inputs = {
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "2 ^ 3 ^ 2",
            "-x * y + 4 % 3",
            "max(x, 10) - min(y, 2) * abs(-5)",
            "gcd(1071, 462)",
            "big * big",
            "1_000_000 / 7 / 3",
            "-7 % 3",
            "(x + 1",
            "x / (y + 3)",
            "foo(1)",
            "2 + z",
            "3 4",
            "",
            "2 ^ 62 + 2 ^ 62",
        };
        for (String in : inputs) {
            try {
                System.out.println("'" + in + "' = " + eval(in, vars));
            } catch (ParseException e) {
                System.out.println("'" + in + "' error: " + e.getMessage() + " [pos " + e.position + "]");
            }
        }
    }
}
