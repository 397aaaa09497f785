/** The PC devices a Mayfly guest uses: the 16550 UART console at 0x3F8 and the isa-debug-exit style exit port at 0xF4. */
package dev.mayfly.vmm.devices.legacy;
