package dev.mayfly.vmm.devices.legacy;

import dev.mayfly.vmm.devices.InterruptLine;
import dev.mayfly.vmm.devices.PortIoDevice;
import java.util.ArrayDeque;

/**
 * A 16550A UART as the guest's console: eight registers at {@link #COM1_PORT}, output to a
 * {@link ConsoleOutput}, input from bytes the host queues, and interrupt line {@link #COM1_IRQ}.
 *
 * <p>Transmission is instant (THR is always empty again by the time the guest looks), the line is
 * always up, and the divisor, FIFO control and scratch registers just hold their values. Register
 * behaviour per the National Semiconductor PC16550D datasheet.
 */
public final class Serial16550 implements PortIoDevice {
    public static final int COM1_PORT = 0x3F8;
    public static final int COM1_IRQ = 4;
    public static final int REGISTER_COUNT = 8;

    static final int RBR_THR_DLL = 0;
    static final int IER_DLM = 1;
    static final int IIR_FCR = 2;
    static final int LCR = 3;
    static final int MCR = 4;
    static final int LSR = 5;
    static final int MSR = 6;
    static final int SCR = 7;

    static final int IER_RECEIVED_DATA = 0x01;
    static final int IER_THR_EMPTY = 0x02;
    static final int IIR_NONE = 0x01;
    static final int IIR_THR_EMPTY = 0x02;
    static final int IIR_RECEIVED_DATA = 0x04;
    static final int IIR_FIFO_ENABLED = 0xC0;
    static final int FCR_FIFO_ENABLE = 0x01;
    static final int FCR_CLEAR_RECEIVER = 0x02;
    static final int LCR_DLAB = 0x80;
    static final int LSR_DATA_READY = 0x01;
    static final int LSR_THR_EMPTY = 0x20;
    static final int LSR_TRANSMITTER_EMPTY = 0x40;
    /** MSR: clear to send, data set ready, data carrier detect: a connected line. */
    static final int MSR_CONNECTED = 0xB0;
    /** Received bytes beyond this many are dropped, as an overrun would. */
    static final int INPUT_CAPACITY = 64 * 1024;

    private final int base;
    private final ConsoleOutput output;
    private final InterruptLine irq;
    private final ArrayDeque<Byte> input = new ArrayDeque<>();
    private int ier;
    private int lcr;
    private int mcr;
    private int scr;
    private int dll = 1;
    private int dlm;
    private boolean fifoEnabled;
    private boolean thrEmptyPending;
    private boolean irqLevel;

    /** A UART at ports {@code [base, base + 8)} writing to {@code output} and driving {@code irq}. */
    public Serial16550(int base, ConsoleOutput output, InterruptLine irq) {
        this.base = base;
        this.output = output;
        this.irq = irq;
    }

    @Override
    public synchronized long read(int port, int size) {
        int value = switch (port - base) {
            case RBR_THR_DLL -> (lcr & LCR_DLAB) != 0 ? dll : receive();
            case IER_DLM -> (lcr & LCR_DLAB) != 0 ? dlm : ier;
            case IIR_FCR -> interruptIdentification();
            case LCR -> lcr;
            case MCR -> mcr;
            case LSR -> LSR_THR_EMPTY | LSR_TRANSMITTER_EMPTY | (input.isEmpty() ? 0 : LSR_DATA_READY);
            case MSR -> MSR_CONNECTED;
            case SCR -> scr;
            default -> 0xFF;
        };
        updateInterrupt();
        return value;
    }

    @Override
    public synchronized void write(int port, int size, long value) {
        int v = (int) value & 0xFF;
        switch (port - base) {
            case RBR_THR_DLL -> {
                if ((lcr & LCR_DLAB) != 0) {
                    dll = v;
                } else {
                    output.write((byte) v);
                    thrEmptyPending = true;
                }
            }
            case IER_DLM -> {
                if ((lcr & LCR_DLAB) != 0) {
                    dlm = v;
                } else {
                    ier = v & 0x0F;
                    thrEmptyPending = (ier & IER_THR_EMPTY) != 0;
                }
            }
            case IIR_FCR -> {
                fifoEnabled = (v & FCR_FIFO_ENABLE) != 0;
                if ((v & FCR_CLEAR_RECEIVER) != 0) {
                    input.clear();
                }
            }
            case LCR -> lcr = v;
            case MCR -> mcr = v;
            case SCR -> scr = v;
            default -> { }
        }
        updateInterrupt();
    }

    /** Queues bytes typed on the host for the guest to read; called from the input thread. */
    public synchronized void receive(byte[] bytes, int length) {
        for (int i = 0; i < length && input.size() < INPUT_CAPACITY; i++) {
            input.add(bytes[i]);
        }
        updateInterrupt();
    }

    private int receive() {
        Byte b = input.poll();
        return b == null ? 0 : b & 0xFF;
    }

    private int interruptIdentification() {
        int fifo = fifoEnabled ? IIR_FIFO_ENABLED : 0;
        if ((ier & IER_RECEIVED_DATA) != 0 && !input.isEmpty()) {
            return IIR_RECEIVED_DATA | fifo;
        }
        if ((ier & IER_THR_EMPTY) != 0 && thrEmptyPending) {
            thrEmptyPending = false;
            return IIR_THR_EMPTY | fifo;
        }
        return IIR_NONE | fifo;
    }

    private void updateInterrupt() {
        boolean pending = ((ier & IER_RECEIVED_DATA) != 0 && !input.isEmpty())
                || ((ier & IER_THR_EMPTY) != 0 && thrEmptyPending);
        if (pending != irqLevel) {
            irqLevel = pending;
            irq.setLevel(pending);
        }
    }
}
