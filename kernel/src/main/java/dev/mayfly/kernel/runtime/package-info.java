/**
 * Repairs of the compiled runtime's object model (TeaVM 0.16.0's C target) that the image builder
 * links in place of the runtime's own code: {@link dev.mayfly.kernel.runtime.ObjectCopy} (what
 * {@code Object.clone} does) and {@link dev.mayfly.kernel.runtime.MonitorTable} (where
 * {@code synchronized} keeps an object's monitor).
 *
 * <p>One of the kernel packages allowed to use raw memory ({@code org.teavm.interop.Address} and
 * the runtime's structures); each use says why it is safe.
 */
package dev.mayfly.kernel.runtime;
