package dev.mayfly.image.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Keeps TeaVM 0.16.0's event queue a heap when an event is removed from its middle: in
 * {@code EventQueue.remove(int)}, after the sift-down of the event moved into the hole, calls the
 * kernel's {@code org.teavm.runtime.MayflyEventQueueRepair.siftUp} (see there for the stall this
 * caused).
 */
final class EventQueueRepair implements ClassHolderTransformer {
    static final String REPAIR = "org.teavm.runtime.MayflyEventQueueRepair";
    private static final String EVENT_QUEUE = "org.teavm.runtime.EventQueue";
    private static final ValueType NODES = ValueType.arrayOf(ValueType.object(EVENT_QUEUE + "$Node"));
    private static final MethodDescriptor REMOVE = new MethodDescriptor("remove", ValueType.INTEGER, ValueType.VOID);
    private static final MethodReference UPDATE = new MethodReference(EVENT_QUEUE, "update", ValueType.INTEGER,
            ValueType.VOID);
    private static final MethodReference SIFT_UP = new MethodReference(REPAIR, "siftUp", NODES, ValueType.INTEGER,
            ValueType.VOID);
    private static final FieldReference DATA = new FieldReference(EVENT_QUEUE, "data");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(EVENT_QUEUE)) {
            return;
        }
        MethodHolder remove = cls.getMethod(REMOVE);
        InvokeInstruction update = TheOnlyCall.of(UPDATE, remove, EVENT_QUEUE + ".remove(int)");
        Program program = remove.getProgram();
        Variable heap = program.createVariable();
        GetFieldInstruction getHeap = new GetFieldInstruction();
        getHeap.setField(DATA);
        getHeap.setFieldType(NODES);
        getHeap.setReceiver(heap);
        getHeap.setLocation(update.getLocation());
        InvokeInstruction siftUp = new InvokeInstruction();
        siftUp.setType(InvocationType.SPECIAL);
        siftUp.setMethod(SIFT_UP);
        siftUp.setArguments(heap, update.getArguments().get(0));
        siftUp.setLocation(update.getLocation());
        update.insertNext(getHeap);
        getHeap.insertNext(siftUp);
    }
}
