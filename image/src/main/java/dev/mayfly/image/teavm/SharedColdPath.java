package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TextLocation;
import org.teavm.model.Variable;

/**
 * The one cold block of a method that all its in-place checks of one kind jump to when they
 * fail: {@code throw factory(a, b, ...)}, each argument a phi over the failing checks' values.
 * One block per method instead of one per check keeps the image small: a failing check costs an
 * edge (the phi assignments) rather than a call site of its own.
 */
final class SharedColdPath {
    private final Program program;
    private final MethodReference factory;
    private final int arity;
    private BasicBlock block;
    private final List<Phi> phis = new ArrayList<>();

    SharedColdPath(Program program, MethodReference factory) {
        this.program = program;
        this.factory = factory;
        this.arity = factory.parameterCount();
    }

    /** The cold block, reached from {@code source} with these values of the factory's arguments. */
    BasicBlock from(BasicBlock source, TextLocation location, Variable... arguments) {
        if (arguments.length != arity) {
            throw new IllegalArgumentException(factory + " takes " + arity + " arguments");
        }
        if (block == null) {
            block = program.createBasicBlock();
            Variable[] values = new Variable[arity];
            for (int i = 0; i < arity; i++) {
                Phi phi = new Phi();
                phi.setReceiver(program.createVariable());
                block.getPhis().add(phi);
                phis.add(phi);
                values[i] = phi.getReceiver();
            }
            GuardedBlocks.raise(program, block, factory, location, values);
        }
        for (int i = 0; i < arity; i++) {
            Incoming incoming = new Incoming();
            incoming.setSource(source);
            incoming.setValue(arguments[i]);
            phis.get(i).getIncomings().add(incoming);
        }
        return block;
    }
}
