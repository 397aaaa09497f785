/** The PC devices a Mayfly guest uses: the 16550 UART console at 0x3F8, the isa-debug-exit style exit port at 0xF4 and the CMOS real-time clock at 0x70. */
package dev.mayfly.vmm.devices.legacy;
