package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercises an interpreter loop: an assembler with labels for a tiny stack machine and a
 * dispatch loop over int opcodes (a dense switch), running factorial, Fibonacci and a prime
 * counter, with a trap for illegal operations.
 */
public class TinyStackVm {

    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, DUP = 6, SWAP = 7, JMP = 8, JZ = 9, LOAD = 10, STORE = 11,
            PRINT = 12, HALT = 13, LT = 14, DROP = 15, OVER = 16;
    static final String[] NAMES = {"push", "add", "sub", "mul", "div", "mod", "dup", "swap", "jmp", "jz", "load", "store", "print", "halt",
        "lt", "drop", "over"};

    static int[] assemble(String src) {
        Map<String, Integer> labels = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        int pc = 0;
        for (String raw : src.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.endsWith(":")) {
                labels.put(line.substring(0, line.length() - 1), pc);
                continue;
            }
            String[] parts = line.split("\\s+");
            lines.add(parts);
            pc += parts.length;
        }
        int[] code = new int[pc];
        int i = 0;
        for (String[] parts : lines) {
            int op = java.util.Arrays.asList(NAMES).indexOf(parts[0]);
            if (op < 0) {
                throw new IllegalArgumentException("unknown op " + parts[0]);
            }
            code[i++] = op;
            if (parts.length > 1) {
                code[i++] = labels.containsKey(parts[1]) ? labels.get(parts[1]) : Integer.parseInt(parts[1]);
            }
        }
        return code;
    }

    static String run(int[] code, long maxSteps) {
        long[] stack = new long[64];
        long[] mem = new long[16];
        int sp = 0;
        int pc = 0;
        long steps = 0;
        StringBuilder out = new StringBuilder();
        while (steps++ < maxSteps) {
            int op = code[pc++];
            switch (op) {
                case PUSH -> stack[sp++] = code[pc++];
                case ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                case SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                case MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                case DIV -> {
                    sp--;
                    if (stack[sp] == 0) {
                        return out + "trap: division by zero at pc " + (pc - 1);
                    }
                    stack[sp - 1] /= stack[sp];
                }
                case MOD -> { sp--; stack[sp - 1] %= stack[sp]; }
                case DUP -> { stack[sp] = stack[sp - 1]; sp++; }
                case OVER -> { stack[sp] = stack[sp - 2]; sp++; }
                case SWAP -> { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; }
                case DROP -> sp--;
                case LT -> { sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; }
                case JMP -> pc = code[pc];
                case JZ -> pc = stack[--sp] == 0 ? code[pc] : pc + 1;
                case LOAD -> stack[sp++] = mem[code[pc++]];
                case STORE -> mem[code[pc++]] = stack[--sp];
                case PRINT -> out.append(stack[--sp]).append(' ');
                case HALT -> {
                    return out + "(halt after " + steps + " steps)";
                }
                default -> throw new IllegalStateException("bad opcode " + op);
            }
        }
        return out + "(step limit)";
    }

    public static void main(String[] args) {
        String factorial = """
                push 1
                store 0
                push 20
                store 1
                loop:
                load 1
                jz done
                load 0
                load 1
                mul
                store 0
                load 1
                push 1
                sub
                store 1
                jmp loop
                done:
                load 0
                print
                halt
                """;
        String fib = """
                push 0
                push 1
                push 30
                store 2
                next:
                over
                print
                dup
                store 3
                add
                load 3
                swap
                load 2
                push 1
                sub
                dup
                store 2
                jz end
                jmp next
                end:
                halt
                """;
        String primes = """
                push 0
                store 0
                push 2
                store 1
                outer:
                load 1
                push 3000
                lt
                jz finish
                push 2
                store 2
                inner:
                load 2
                load 2
                mul
                load 1
                swap
                lt
                jz test
                jmp prime
                test:
                load 1
                load 2
                mod
                jz notprime
                load 2
                push 1
                add
                store 2
                jmp inner
                prime:
                load 0
                push 1
                add
                store 0
                notprime:
                load 1
                push 1
                add
                store 1
                jmp outer
                finish:
                load 0
                print
                halt
                """;
        System.out.println("factorial: " + run(assemble(factorial), 1_000_000));
        System.out.println("fib: " + run(assemble(fib), 1_000_000));
        System.out.println("primes: " + run(assemble(primes), 10_000_000));
        System.out.println("trap: " + run(assemble("push 1\npush 0\ndiv\nhalt"), 100));
        System.out.println("loop: " + run(assemble("top:\njmp top"), 5000));
        try {
            assemble("push 1\nfrobnicate");
        } catch (IllegalArgumentException e) {
            System.out.println("assembler: " + e.getMessage());
        }
    }
}
