package dev.mayfly.image.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PureLibcTest {
    private static final String NM = """
            /usr/lib/x86_64-linux-musl/libc.a:setjmp.lo:0000000000000000 T _setjmp
            /usr/lib/x86_64-linux-musl/libc.a:sin.lo:                 U __sin
            /usr/lib/x86_64-linux-musl/libc.a:sin.lo:0000000000000000 T sin
            /usr/lib/x86_64-linux-musl/libc.a:__sin.lo:0000000000000000 T __sin
            /usr/lib/x86_64-linux-musl/libc.a:write.lo:0000000000000000 T write
            /usr/lib/x86_64-linux-musl/libc.a:puts.lo:                 U write
            /usr/lib/x86_64-linux-musl/libc.a:puts.lo:0000000000000000 T puts
            /usr/lib/x86_64-linux-musl/libc.a:qsort.lo:                 U malloc
            /usr/lib/x86_64-linux-musl/libc.a:qsort.lo:0000000000000000 T qsort
            """;
    private static final String OBJDUMP = """
            setjmp.lo:     file format elf64-x86-64
               0:\tmov    %rbx,(%rdi)
            write.lo:     file format elf64-x86-64
               9:\tsyscall
            tls.lo:     file format elf64-x86-64
               0:\tmov    %fs:0x0,%rax
            sin.lo:     file format elf64-x86-64
               9:\tmov    %fs:0x28,%rax
              68:\tsub    %fs:0x28,%rax
            """;

    @Test
    void findsMembersThatMakeSystemCallsOrUseThreadLocals() {
        assertEquals(Set.of("write.lo", "tls.lo"), PureLibc.uncleanMembers(OBJDUMP));
    }

    @Test
    void theStackProtectorCanaryIsTheOnlyThreadLocalAllowed() {
        assertEquals(false, PureLibc.usesThreadPointer("  9:\tmov    %fs:0x28,%rax"));
        assertEquals(false, PureLibc.usesThreadPointer("  9:\txor    %fs:0x28,%rdx"));
        assertEquals(true, PureLibc.usesThreadPointer("  0:\tmov    %fs:0x0,%rax"));
        assertEquals(true, PureLibc.usesThreadPointer("  0:\tmov    %fs:0x280,%rax"));
        assertEquals(true, PureLibc.usesThreadPointer("  0:\tmov    %fs:0x28,%rax; mov %fs:0x10,%rdx"));
    }

    @Test
    void parsesDefinitionsAndNeedsPerMember() {
        Map<String, PureLibc.Member> members = PureLibc.members(NM, Set.of());
        assertEquals(Set.of("sin"), members.get("sin.lo").defines());
        assertEquals(Set.of("__sin"), members.get("sin.lo").needs());
    }

    @Test
    void aMemberThatNeedsAnImpureOneIsImpureToo() {
        Map<String, PureLibc.Member> members = PureLibc.members(NM, PureLibc.uncleanMembers(OBJDUMP));
        assertEquals(Set.of("setjmp.lo", "sin.lo", "__sin.lo"), PureLibc.pureMembers(members, Set.of()));
    }

    @Test
    void theKernelsOwnFunctionsCountAsAvailable() {
        Map<String, PureLibc.Member> members = PureLibc.members(NM, PureLibc.uncleanMembers(OBJDUMP));
        assertEquals(Set.of("setjmp.lo", "sin.lo", "__sin.lo", "qsort.lo"), PureLibc.pureMembers(members, Set.of("malloc")));
    }
}
