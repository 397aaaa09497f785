package dev.mayfly.image.teavm;

import java.util.HashMap;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives each use of a counted group quantifier in the compiler's regex engine ({@code (X){n,m}},
 * greedy and reluctant) a repetition count of its own, so that a quantifier nested in a repeated
 * group starts from zero in each repetition: {@code (?:x\d{1,2}){2}} matches {@code "x12x3"}
 * and not {@code "x1x"}, as on the JDK (a counted quantifier's repetitions count from its own
 * start, JDK {@code java.util.regex.Pattern}'s specification of {@code X{n,m}}).
 *
 * <p>TeaVM 0.16.0's engine (Harmony's) keeps the count of such a quantifier in the match state
 * under the quantifier's number and goes on to the rest of the pattern from inside the
 * quantifier's own call; when the rest of the pattern comes back to the same quantifier, as the
 * next repetition of an enclosing group does, it finds the count the earlier use left there (the
 * "carried over" count). Here each of the quantifier's calls of the rest of the pattern
 * ({@code next.matches}) goes through an added method that clears the count for the call's
 * duration and restores it afterwards, when the engine backtracks into the earlier use; a
 * repetition of the quantifier itself (its inner set coming back to it) still sees the count.
 * TeaVM's classes are changed in the compiler's model only, where they are
 * {@code java.util.regex.*}.
 */
final class RegexCounterRepair implements ClassHolderTransformer {
    static final String GREEDY = "java.util.regex.CompositeGroupQuantifierSet";
    static final String RELUCTANT = "java.util.regex.RelCompositeGroupQuantifierSet";
    private static final ValueType SET = ValueType.object("java.util.regex.AbstractSet");
    private static final ValueType MATCH_STATE = ValueType.object("java.util.regex.MatchResultImpl");
    private static final ValueType TEXT = ValueType.object("java.lang.CharSequence");
    private static final MethodDescriptor MATCHES = new MethodDescriptor("matches", ValueType.INTEGER, TEXT,
            MATCH_STATE, ValueType.INTEGER);
    /** The added method: the rest of the pattern, with this quantifier's count cleared meanwhile. */
    private static final MethodDescriptor CONTINUE = new MethodDescriptor("mayflyMatchRest", ValueType.INTEGER, TEXT,
            MATCH_STATE, ValueType.INTEGER);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(GREEDY) && !cls.getName().equals(RELUCTANT)) {
            return;
        }
        MethodHolder matches = cls.getMethod(MATCHES);
        if (matches == null || matches.getProgram() == null) {
            throw new IllegalStateException(cls.getName() + " has no matches(int, CharSequence, MatchResultImpl) "
                    + "to repair (expected TeaVM 0.16.0's regex engine)");
        }
        if (cls.getName().equals(GREEDY)) {
            addMatchRest(cls, context);
        }
        if (routeRestThroughMatchRest(matches.getProgram()) == 0) {
            throw new IllegalStateException(cls.getName() + ".matches no longer calls next.matches: "
                    + "the regex repair does not fit this TeaVM");
        }
    }

    /** {@code int mayflyMatchRest(i, text, state)}: save the count, clear it, match the rest, restore it. */
    private static void addMatchRest(ClassHolder cls, ClassHolderTransformerContext context) {
        MethodHolder method = new MethodHolder(CONTINUE);
        method.setLevel(AccessLevel.PACKAGE_PRIVATE);
        cls.addMethod(method);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter self = pe.var(0, ValueType.object(GREEDY));
        ValueEmitter index = pe.var(1, ValueType.INTEGER);
        ValueEmitter text = pe.var(2, TEXT);
        ValueEmitter state = pe.var(3, MATCH_STATE);
        ValueEmitter quantifier = self.getField("setCounter", ValueType.INTEGER);
        ValueEmitter saved = state.invokeVirtual("getEnterCounter", ValueType.INTEGER, quantifier);
        state.invokeVirtual("setEnterCounter", quantifier, pe.constant(0));
        ValueEmitter rest = self.getField("next", SET);
        ValueEmitter result = rest.invokeVirtual("matches", ValueType.INTEGER, index, text, state);
        state.invokeVirtual("setEnterCounter", quantifier, saved);
        result.returnValue();
    }

    /** Replaces each {@code this.next.matches(...)} by {@code this.mayflyMatchRest(...)}; returns how many. */
    private static int routeRestThroughMatchRest(Program program) {
        Variable self = program.variableAt(0);
        Map<Variable, GetFieldInstruction> fields = new HashMap<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof GetFieldInstruction get && get.getReceiver() != null) {
                    fields.put(get.getReceiver(), get);
                }
            }
        }
        int routed = 0;
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (!(insn instanceof InvokeInstruction call) || !call.getMethod().getDescriptor().equals(MATCHES)
                        || call.getInstance() == null) {
                    continue;
                }
                GetFieldInstruction source = fields.get(call.getInstance());
                if (source != null && source.getInstance() == self && source.getField().getFieldName().equals("next")) {
                    call.setMethod(new MethodReference(GREEDY, CONTINUE));
                    call.setType(InvocationType.SPECIAL);
                    call.setInstance(self);
                    routed++;
                }
            }
        }
        return routed;
    }
}
