package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.teavm.ast.AssignmentStatement;
import org.teavm.ast.BinaryExpr;
import org.teavm.ast.BinaryOperation;
import org.teavm.ast.BlockStatement;
import org.teavm.ast.BoundCheckExpr;
import org.teavm.ast.CastExpr;
import org.teavm.ast.ConditionalExpr;
import org.teavm.ast.ConditionalStatement;
import org.teavm.ast.Expr;
import org.teavm.ast.InstanceOfExpr;
import org.teavm.ast.InvocationExpr;
import org.teavm.ast.MonitorEnterStatement;
import org.teavm.ast.MonitorExitStatement;
import org.teavm.ast.NewArrayExpr;
import org.teavm.ast.NewMultiArrayExpr;
import org.teavm.ast.ArrayFromDataExpr;
import org.teavm.ast.PrimitiveCastExpr;
import org.teavm.ast.QualificationExpr;
import org.teavm.ast.RegularMethodNode;
import org.teavm.ast.ReturnStatement;
import org.teavm.ast.SequentialStatement;
import org.teavm.ast.Statement;
import org.teavm.ast.SubscriptExpr;
import org.teavm.ast.SwitchClause;
import org.teavm.ast.SwitchStatement;
import org.teavm.ast.ThrowStatement;
import org.teavm.ast.TryCatchStatement;
import org.teavm.ast.UnaryExpr;
import org.teavm.ast.UnaryOperation;
import org.teavm.ast.UnwrapArrayExpr;
import org.teavm.ast.VariableExpr;
import org.teavm.ast.VariableNode;
import org.teavm.ast.WhileStatement;
import org.teavm.model.TextLocation;
import org.teavm.model.util.VariableType;

/**
 * Rewrites one decompiled method so that the C it becomes evaluates operands left to right, as
 * Java does (JLS §15.7): §15.7.1 the left operand of a binary operator first, §15.7.4 the
 * arguments of a call from left to right, §15.26.1 an array store's array, index, then value.
 *
 * <p>TeaVM's AST optimizer folds the single-use temporaries of a method into nested expressions,
 * so {@code f(a(), b())} reaches the C printer as one C expression; C leaves the order of a call's
 * arguments and of most operators' operands unspecified (C11 §6.5p3, §6.5.2.2p10), and gcc
 * evaluates {@code b()} first. Here, wherever an operand that can have a side effect (a call, a
 * checked cast, a null check) or that reads memory a call can change (a field or array element)
 * is followed by an operand with which it does not commute, the earlier operand is evaluated
 * into a temporary by a statement of its own before the expression. {@code &&}, {@code ||} and
 * {@code ?:} are sequenced in C already; when one of their conditional parts needs such
 * statements, the part becomes an {@code if}.
 *
 * <p>Only primitive values are moved into temporaries: a reference live across a call is already
 * a variable of its own, since the C target records it as a garbage-collection root there.
 */
final class OperandSequencer {
    /** Reads memory that a call may change. */
    private static final int READS = 1;
    /** May change memory or throw (and therefore also observes the order). */
    private static final int ACTS = 2;

    private final RegularMethodNode method;
    private final FieldTypes fieldTypes;
    private final Map<VariableType, List<Integer>> temporaries = new EnumMap<>(VariableType.class);
    private final Map<VariableType, Integer> temporariesInUse = new EnumMap<>(VariableType.class);
    private TextLocation statementLocation;
    private int hoisted;
    private int leftUnordered;

    /** Looks up the type of a field a method reads. */
    interface FieldTypes {
        /** The variable type of the value of {@code field}, or null if it is a reference or unknown. */
        VariableType of(org.teavm.model.FieldReference field);
    }

    OperandSequencer(RegularMethodNode method, FieldTypes fieldTypes) {
        this.method = method;
        this.fieldTypes = fieldTypes;
    }

    /** Rewrites the method's body; returns how many operands were moved into temporaries. */
    int apply() {
        Statement body = method.getBody();
        List<Statement> list = new ArrayList<>();
        list.add(body);
        sequenceList(list);
        if (list.size() == 1) {
            method.setBody(list.get(0));
        } else {
            SequentialStatement sequence = new SequentialStatement();
            sequence.getSequence().addAll(list);
            method.setBody(sequence);
        }
        return hoisted;
    }

    /** Operands that would have needed a temporary of a type this class does not move (references). */
    int leftUnordered() {
        return leftUnordered;
    }

    private void sequenceList(List<Statement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            List<Statement> before = sequenceStatement(statements.get(i));
            if (!before.isEmpty()) {
                statements.addAll(i, before);
                i += before.size();
            }
        }
    }

    /** Sequences the expressions of {@code statement}; returns the statements to run before it. */
    private List<Statement> sequenceStatement(Statement statement) {
        temporariesInUse.clear();
        statementLocation = statement instanceof AssignmentStatement a ? a.getLocation() : null;
        List<Statement> before = new ArrayList<>();
        if (statement instanceof AssignmentStatement assignment) {
            sequenceAssignment(assignment, before);
        } else if (statement instanceof ConditionalStatement conditional) {
            conditional.setCondition(sequence(conditional.getCondition(), before));
            sequenceList(conditional.getConsequent());
            sequenceList(conditional.getAlternative());
        } else if (statement instanceof SwitchStatement switchStatement) {
            switchStatement.setValue(sequence(switchStatement.getValue(), before));
            for (SwitchClause clause : switchStatement.getClauses()) {
                sequenceList(clause.getBody());
            }
            sequenceList(switchStatement.getDefaultClause());
        } else if (statement instanceof WhileStatement loop) {
            sequenceLoop(loop);
        } else if (statement instanceof BlockStatement block) {
            sequenceList(block.getBody());
        } else if (statement instanceof SequentialStatement sequential) {
            sequenceList(sequential.getSequence());
        } else if (statement instanceof TryCatchStatement tryCatch) {
            sequenceList(tryCatch.getProtectedBody());
            sequenceList(tryCatch.getHandler());
        } else if (statement instanceof ReturnStatement ret && ret.getResult() != null) {
            ret.setResult(sequence(ret.getResult(), before));
        } else if (statement instanceof ThrowStatement thrown) {
            thrown.setException(sequence(thrown.getException(), before));
        } else if (statement instanceof MonitorEnterStatement enter) {
            enter.setObjectRef(sequence(enter.getObjectRef(), before));
        } else if (statement instanceof MonitorExitStatement exit) {
            exit.setObjectRef(sequence(exit.getObjectRef(), before));
        }
        return before;
    }

    private void sequenceAssignment(AssignmentStatement assignment, List<Statement> before) {
        Expr left = assignment.getLeftValue();
        if (left instanceof QualificationExpr field && field.getQualified() != null) {
            List<Expr> operands = sequenceOperands(List.of(field.getQualified(), assignment.getRightValue()), before);
            field.setQualified(operands.get(0));
            assignment.setRightValue(operands.get(1));
        } else if (left instanceof SubscriptExpr element) {
            List<Expr> operands = sequenceOperands(
                    List.of(element.getArray(), element.getIndex(), assignment.getRightValue()), before);
            element.setArray(operands.get(0));
            element.setIndex(operands.get(1));
            assignment.setRightValue(operands.get(2));
        } else {
            assignment.setRightValue(sequence(assignment.getRightValue(), before));
        }
    }

    /**
     * A loop condition is evaluated before each iteration, so statements it needs go to the top of
     * the body, followed by the test that leaves the loop (which is how the C target prints the
     * condition anyway: {@code while (1) { if (!cond) break; ... }}).
     */
    private void sequenceLoop(WhileStatement loop) {
        sequenceList(loop.getBody());
        if (loop.getCondition() == null) {
            return;
        }
        temporariesInUse.clear();
        statementLocation = loop.getCondition().getLocation();
        List<Statement> before = new ArrayList<>();
        Expr condition = sequence(loop.getCondition(), before);
        if (before.isEmpty()) {
            loop.setCondition(condition);
            return;
        }
        loop.setCondition(null);
        ConditionalStatement exit = new ConditionalStatement();
        exit.setCondition(Expr.invert(condition));
        exit.getConsequent().add(Statement.exitBlock(loop));
        before.add(exit);
        loop.getBody().addAll(0, before);
    }

    /** Returns what to evaluate in place of {@code expr} after the statements added to {@code before}. */
    private Expr sequence(Expr expr, List<Statement> before) {
        if (expr instanceof InvocationExpr call) {
            List<Expr> arguments = sequenceOperands(call.getArguments(), before);
            for (int i = 0; i < arguments.size(); i++) {
                call.getArguments().set(i, arguments.get(i));
            }
        } else if (expr instanceof BinaryExpr binary) {
            if (binary.getOperation() == BinaryOperation.AND || binary.getOperation() == BinaryOperation.OR) {
                return sequenceShortCircuit(binary, before);
            }
            List<Expr> operands = sequenceOperands(List.of(binary.getFirstOperand(), binary.getSecondOperand()),
                    before);
            binary.setFirstOperand(operands.get(0));
            binary.setSecondOperand(operands.get(1));
        } else if (expr instanceof SubscriptExpr element) {
            List<Expr> operands = sequenceOperands(List.of(element.getArray(), element.getIndex()), before);
            element.setArray(operands.get(0));
            element.setIndex(operands.get(1));
        } else if (expr instanceof BoundCheckExpr check) {
            if (check.getArray() != null) {
                List<Expr> operands = sequenceOperands(List.of(check.getArray(), check.getIndex()), before);
                check.setArray(operands.get(0));
                check.setIndex(operands.get(1));
            } else {
                check.setIndex(sequence(check.getIndex(), before));
            }
        } else if (expr instanceof NewMultiArrayExpr array) {
            List<Expr> dimensions = sequenceOperands(array.getDimensions(), before);
            for (int i = 0; i < dimensions.size(); i++) {
                array.getDimensions().set(i, dimensions.get(i));
            }
        } else if (expr instanceof ArrayFromDataExpr array) {
            List<Expr> elements = sequenceOperands(array.getData(), before);
            for (int i = 0; i < elements.size(); i++) {
                array.getData().set(i, elements.get(i));
            }
        } else if (expr instanceof ConditionalExpr conditional) {
            return sequenceConditional(conditional, before);
        } else if (expr instanceof UnaryExpr unary) {
            unary.setOperand(sequence(unary.getOperand(), before));
        } else if (expr instanceof QualificationExpr field && field.getQualified() != null) {
            field.setQualified(sequence(field.getQualified(), before));
        } else if (expr instanceof UnwrapArrayExpr unwrap) {
            unwrap.setArray(sequence(unwrap.getArray(), before));
        } else if (expr instanceof NewArrayExpr array) {
            array.setLength(sequence(array.getLength(), before));
        } else if (expr instanceof InstanceOfExpr test) {
            test.setExpr(sequence(test.getExpr(), before));
        } else if (expr instanceof CastExpr cast) {
            cast.setValue(sequence(cast.getValue(), before));
        } else if (expr instanceof PrimitiveCastExpr cast) {
            cast.setValue(sequence(cast.getValue(), before));
        }
        return expr;
    }

    /**
     * Sequences operands that C evaluates in no fixed order: an operand is evaluated into a
     * temporary first when a later one could change what it reads or observe what it does.
     */
    private List<Expr> sequenceOperands(List<Expr> operands, List<Statement> before) {
        int count = operands.size();
        int[] effects = new int[count];
        for (int i = 0; i < count; i++) {
            effects[i] = effects(operands.get(i));
        }
        List<Expr> result = new ArrayList<>(count);
        int later = 0;
        int[] laterEffects = new int[count];
        for (int i = count - 1; i >= 0; i--) {
            laterEffects[i] = later;
            later |= effects[i];
        }
        for (int i = 0; i < count; i++) {
            Expr operand = sequence(operands.get(i), before);
            if (conflicts(effects[i], laterEffects[i])) {
                operand = evaluateFirst(operand, before);
            }
            result.add(operand);
        }
        return result;
    }

    /** {@code a && b}, {@code a || b}: when b needs statements, {@code t = a; if (t) { ...; t = b; }}. */
    private Expr sequenceShortCircuit(BinaryExpr binary, List<Statement> before) {
        binary.setFirstOperand(sequence(binary.getFirstOperand(), before));
        List<Statement> secondBefore = new ArrayList<>();
        Expr second = sequence(binary.getSecondOperand(), secondBefore);
        binary.setSecondOperand(second);
        if (secondBefore.isEmpty()) {
            return binary;
        }
        VariableExpr result = temporary(VariableType.INT, binary.getLocation());
        before.add(assign(result, binary.getFirstOperand()));
        ConditionalStatement test = new ConditionalStatement();
        test.setCondition(binary.getOperation() == BinaryOperation.AND ? copy(result) : Expr.invert(copy(result)));
        test.getConsequent().addAll(secondBefore);
        test.getConsequent().add(assign(copy(result), second));
        before.add(test);
        hoisted++;
        return copy(result);
    }

    /** {@code c ? a : b}: when a or b needs statements, {@code if (c) { ...; t = a; } else { ...; t = b; }}. */
    private Expr sequenceConditional(ConditionalExpr conditional, List<Statement> before) {
        conditional.setCondition(sequence(conditional.getCondition(), before));
        if (!needsStatements(conditional.getConsequent()) && !needsStatements(conditional.getAlternative())) {
            return conditional;
        }
        VariableType type = typeOf(conditional.getConsequent());
        if (type == null) {
            type = typeOf(conditional.getAlternative());
        }
        if (type == null) {
            leftUnordered++;
            return conditional;
        }
        List<Statement> consequentBefore = new ArrayList<>();
        Expr consequent = sequence(conditional.getConsequent(), consequentBefore);
        List<Statement> alternativeBefore = new ArrayList<>();
        Expr alternative = sequence(conditional.getAlternative(), alternativeBefore);
        VariableExpr result = temporary(type, conditional.getLocation());
        ConditionalStatement test = new ConditionalStatement();
        test.setCondition(conditional.getCondition());
        test.getConsequent().addAll(consequentBefore);
        test.getConsequent().add(assign(copy(result), consequent));
        test.getAlternative().addAll(alternativeBefore);
        test.getAlternative().add(assign(copy(result), alternative));
        before.add(test);
        hoisted++;
        return result;
    }

    /** Whether {@link #sequence} would add statements for {@code expr} (it changes nothing else). */
    private static boolean needsStatements(Expr expr) {
        List<Expr> operands = operands(expr);
        if (evaluatesEveryOperandInOrder(expr)) {
            return needStatements(operands);
        }
        for (Expr operand : operands) {
            if (needsStatements(operand)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The operands of {@code expr} in the order Java evaluates them (JLS §15.7), missing ones (a static
     * field's qualifier, a bound check's array) left out; none for expressions without operands.
     */
    private static List<Expr> operands(Expr expr) {
        if (expr instanceof InvocationExpr call) {
            return call.getArguments();
        }
        if (expr instanceof BinaryExpr binary) {
            return List.of(binary.getFirstOperand(), binary.getSecondOperand());
        }
        if (expr instanceof SubscriptExpr element) {
            return List.of(element.getArray(), element.getIndex());
        }
        if (expr instanceof BoundCheckExpr check) {
            return check.getArray() != null ? List.of(check.getArray(), check.getIndex()) : List.of(check.getIndex());
        }
        if (expr instanceof NewMultiArrayExpr array) {
            return array.getDimensions();
        }
        if (expr instanceof ArrayFromDataExpr array) {
            return array.getData();
        }
        if (expr instanceof ConditionalExpr conditional) {
            return List.of(conditional.getCondition(), conditional.getConsequent(), conditional.getAlternative());
        }
        Expr only = expr instanceof UnaryExpr unary ? unary.getOperand()
                : expr instanceof QualificationExpr field ? field.getQualified()
                : expr instanceof UnwrapArrayExpr unwrap ? unwrap.getArray()
                : expr instanceof NewArrayExpr array ? array.getLength()
                : expr instanceof InstanceOfExpr test ? test.getExpr()
                : expr instanceof CastExpr cast ? cast.getValue()
                : expr instanceof PrimitiveCastExpr cast ? cast.getValue()
                : null;
        return only != null ? List.of(only) : List.of();
    }

    /**
     * Whether every operand of {@code expr} is evaluated, left to right: not so for {@code ?:} and the
     * conditional {@code &&}/{@code ||} (JLS §15.23-15.25), whose later operands may not run at all.
     */
    private static boolean evaluatesEveryOperandInOrder(Expr expr) {
        if (expr instanceof ConditionalExpr) {
            return false;
        }
        return !(expr instanceof BinaryExpr binary)
                || (binary.getOperation() != BinaryOperation.AND && binary.getOperation() != BinaryOperation.OR);
    }

    private static boolean needStatements(List<Expr> operands) {
        int later = 0;
        for (int i = operands.size() - 1; i >= 0; i--) {
            Expr operand = operands.get(i);
            if (conflicts(effects(operand), later) || needsStatements(operand)) {
                return true;
            }
            later |= effects(operand);
        }
        return false;
    }

    /** Whether an operand doing {@code effects} must be evaluated before later operands doing {@code later}. */
    private static boolean conflicts(int effects, int later) {
        return ((effects & READS) != 0 && (later & ACTS) != 0) || ((effects & ACTS) != 0 && (later & READS) != 0);
    }

    /** Moves {@code operand} into a new temporary assigned by a statement of its own. */
    private Expr evaluateFirst(Expr operand, List<Statement> before) {
        if (operand instanceof VariableExpr) {
            return operand;
        }
        VariableType type = typeOf(operand);
        if (type == null) {
            leftUnordered++;
            return operand;
        }
        VariableExpr temporary = temporary(type, operand.getLocation());
        before.add(assign(temporary, operand));
        hoisted++;
        return copy(temporary);
    }

    private AssignmentStatement assign(VariableExpr target, Expr value) {
        AssignmentStatement assignment = Statement.assign(target, value);
        assignment.setLocation(value.getLocation() != null ? value.getLocation() : statementLocation);
        return assignment;
    }

    private static VariableExpr copy(VariableExpr variable) {
        VariableExpr copy = new VariableExpr();
        copy.setIndex(variable.getIndex());
        copy.setLocation(variable.getLocation());
        return copy;
    }

    /** A temporary of {@code type} not yet used by the current statement (statements share them). */
    private VariableExpr temporary(VariableType type, TextLocation location) {
        List<Integer> pool = temporaries.computeIfAbsent(type, t -> new ArrayList<>());
        int used = temporariesInUse.getOrDefault(type, 0);
        if (used == pool.size()) {
            int index = method.getVariables().size();
            method.getVariables().add(new VariableNode(index, type));
            pool.add(index);
        }
        temporariesInUse.put(type, used + 1);
        VariableExpr variable = new VariableExpr();
        variable.setIndex(pool.get(used));
        variable.setLocation(location);
        return variable;
    }

    /** What evaluating {@code expr} may do: {@link #READS}, {@link #ACTS} (which implies reads), or neither. */
    private static int effects(Expr expr) {
        if (expr == null) {
            return 0;
        }
        boolean acts = expr instanceof InvocationExpr || expr instanceof BoundCheckExpr
                || (expr instanceof CastExpr cast && !cast.isWeak())
                || (expr instanceof UnaryExpr unary && unary.getOperation() == UnaryOperation.NULL_CHECK);
        if (acts) {
            return READS | ACTS;
        }
        int result = expr instanceof QualificationExpr || expr instanceof SubscriptExpr ? READS : 0;
        for (Expr operand : operands(expr)) {
            result |= effects(operand);
        }
        return result;
    }

    /** The type of a temporary holding {@code expr}'s value, or null for references and the unknown. */
    private VariableType typeOf(Expr expr) {
        if (expr instanceof VariableExpr variable) {
            VariableType type = method.getVariables().get(variable.getIndex()).getType();
            return type == VariableType.INT || type == VariableType.LONG || type == VariableType.FLOAT
                    || type == VariableType.DOUBLE ? type : null;
        }
        if (expr instanceof org.teavm.ast.ConstantExpr constant) {
            Object value = constant.getValue();
            return value instanceof Integer ? VariableType.INT : value instanceof Long ? VariableType.LONG
                    : value instanceof Float ? VariableType.FLOAT : value instanceof Double ? VariableType.DOUBLE : null;
        }
        if (expr instanceof InvocationExpr call) {
            return primitive(call.getMethod().getReturnType());
        }
        if (expr instanceof QualificationExpr field) {
            return fieldTypes.of(field.getField());
        }
        if (expr instanceof SubscriptExpr element) {
            return switch (element.getType()) {
                case BYTE, SHORT, CHAR, INT -> VariableType.INT;
                case LONG -> VariableType.LONG;
                case FLOAT -> VariableType.FLOAT;
                case DOUBLE -> VariableType.DOUBLE;
                default -> null;
            };
        }
        if (expr instanceof BinaryExpr binary) {
            return switch (binary.getOperation()) {
                case EQUALS, NOT_EQUALS, LESS, LESS_OR_EQUALS, GREATER, GREATER_OR_EQUALS, AND, OR,
                        COMPARE_GREATER, COMPARE_LESS -> VariableType.INT;
                default -> binary.getType() == null ? null : operationType(binary.getType());
            };
        }
        if (expr instanceof UnaryExpr unary) {
            return switch (unary.getOperation()) {
                case NOT, LENGTH, INT_TO_BYTE, INT_TO_SHORT, INT_TO_CHAR -> VariableType.INT;
                case NEGATE -> unary.getType() == null ? null : operationType(unary.getType());
                default -> null;
            };
        }
        if (expr instanceof PrimitiveCastExpr cast) {
            return operationType(cast.getTarget());
        }
        if (expr instanceof InstanceOfExpr) {
            return VariableType.INT;
        }
        if (expr instanceof ConditionalExpr conditional) {
            VariableType type = typeOf(conditional.getConsequent());
            return type != null ? type : typeOf(conditional.getAlternative());
        }
        return null;
    }

    static VariableType primitive(org.teavm.model.ValueType type) {
        if (!(type instanceof org.teavm.model.ValueType.Primitive primitive)) {
            return null;
        }
        return switch (primitive.getKind()) {
            case BOOLEAN, BYTE, SHORT, CHARACTER, INTEGER -> VariableType.INT;
            case LONG -> VariableType.LONG;
            case FLOAT -> VariableType.FLOAT;
            case DOUBLE -> VariableType.DOUBLE;
        };
    }

    private static VariableType operationType(org.teavm.ast.OperationType type) {
        return switch (type) {
            case INT -> VariableType.INT;
            case LONG -> VariableType.LONG;
            case FLOAT -> VariableType.FLOAT;
            case DOUBLE -> VariableType.DOUBLE;
        };
    }
}
