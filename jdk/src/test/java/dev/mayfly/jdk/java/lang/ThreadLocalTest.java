package dev.mayfly.jdk.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Mayfly's ThreadLocal keeps a value per thread, and a constructed thread inherits InheritableThreadLocal values. */
class ThreadLocalTest {

    @Test
    void eachThreadSeesItsOwnValueAndTheInitialOneUntilItSetsOne() throws InterruptedException {
        ThreadLocal<String> local = ThreadLocal.withInitial(() -> "initial");
        local.set("main");
        AtomicReference<String> seen = new AtomicReference<>();
        Thread other = new Thread(() -> seen.set(local.get()));
        other.start();
        other.join();
        assertEquals("initial", seen.get());
        assertEquals("main", local.get());
        local.remove();
        assertEquals("initial", local.get());
    }

    @Test
    void aThreadConstructedByAnotherInheritsItsChildValues() throws InterruptedException {
        InheritableThreadLocal<String> tenant = new InheritableThreadLocal<>() {
            @Override
            protected String childValue(String parentValue) {
                return parentValue + "-child";
            }
        };
        ThreadLocal<String> plain = new ThreadLocal<>();
        tenant.set("acme");
        plain.set("user");
        AtomicReference<String> seenTenant = new AtomicReference<>();
        AtomicReference<String> seenPlain = new AtomicReference<>();
        Thread child = new Thread(() -> {
            seenTenant.set(tenant.get());
            seenPlain.set(plain.get());
        });
        InheritableThreadLocal.inheritThreadLocals(child, null, null);
        child.start();
        child.join();
        assertEquals("acme-child", seenTenant.get());
        assertNull(seenPlain.get());
    }
}
