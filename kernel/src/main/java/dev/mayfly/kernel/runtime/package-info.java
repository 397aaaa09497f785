/**
 * Repairs of the compiled runtime's semantics (TeaVM 0.16.0's C target) that the image builder
 * links in place of the runtime's own code or calls from the checks it writes into the program:
 * {@link dev.mayfly.kernel.runtime.ObjectCopy} (what {@code Object.clone} does),
 * {@link dev.mayfly.kernel.runtime.MonitorTable} (where {@code synchronized} keeps an object's
 * monitor), and the run-time checks and exceptions of Java's operations — integer division,
 * numeric conversion, array length, index and store checks, casts, null dereferences and the
 * class library's index exceptions (docs/ARCHITECTURE.md, "Java semantics").
 *
 * <p>One of the kernel packages allowed to use raw memory ({@code org.teavm.interop.Address} and
 * the runtime's structures); each use says why it is safe.
 */
package dev.mayfly.kernel.runtime;
