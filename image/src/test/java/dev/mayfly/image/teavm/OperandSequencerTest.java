package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teavm.ast.ArrayType;
import org.teavm.ast.AssignmentStatement;
import org.teavm.ast.BinaryExpr;
import org.teavm.ast.BinaryOperation;
import org.teavm.ast.BreakStatement;
import org.teavm.ast.ConditionalExpr;
import org.teavm.ast.ConditionalStatement;
import org.teavm.ast.ConstantExpr;
import org.teavm.ast.Expr;
import org.teavm.ast.InvocationExpr;
import org.teavm.ast.QualificationExpr;
import org.teavm.ast.RegularMethodNode;
import org.teavm.ast.SequentialStatement;
import org.teavm.ast.Statement;
import org.teavm.ast.SubscriptExpr;
import org.teavm.ast.UnaryExpr;
import org.teavm.ast.VariableExpr;
import org.teavm.ast.VariableNode;
import org.teavm.ast.WhileStatement;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.util.VariableType;

class OperandSequencerTest {
    private static final MethodReference METHOD = new MethodReference("p.C", "m", ValueType.VOID);
    private static final FieldReference INT_FIELD = new FieldReference("p.C", "count");
    private static final FieldReference OBJECT_FIELD = new FieldReference("p.C", "name");

    @Test
    void callArgumentsWithSideEffectsAreEvaluatedLeftToRight() {
        String c = rewrite(Statement.statementExpr(call("f", call("a"), call("b"))));
        assertEquals("v2 = a(); f(v2, b());", c);
    }

    @Test
    void operandsWithoutEffectsStayInPlace() {
        String c = rewrite(Statement.statementExpr(call("f", Expr.var(1), Expr.addInt(Expr.var(1),
                Expr.constant(1)), field(), call("b"))));
        assertEquals("v2 = count; f(v1, (v1 + 1), v2, b());", c);
    }

    @Test
    void onlyTheLastOfSeveralCallsStaysNested() {
        String c = rewrite(Statement.statementExpr(call("f", call("a"), call("g", call("b"), call("c")))));
        assertEquals("v2 = a(); v3 = b(); f(v2, g(v3, c()));", c);
    }

    @Test
    void fieldReadBeforeACallIsReadFirst() {
        String c = rewrite(Statement.exitFunction(Expr.addInt(field(), call("a"))));
        assertEquals("v2 = count; return (v2 + a());", c);
    }

    @Test
    void callBeforeAFieldReadRunsFirst() {
        String c = rewrite(Statement.exitFunction(Expr.addInt(call("a"), field())));
        assertEquals("v2 = a(); return (v2 + count);", c);
    }

    @Test
    void arrayStoreEvaluatesArrayThenIndexThenValue() {
        Expr element = Expr.subscript(Expr.var(1), call("i"), ArrayType.INT);
        String c = rewrite(Statement.assign(element, call("v")));
        assertEquals("v2 = i(); v1[v2] = v();", c);
    }

    @Test
    void loopConditionNeedingStatementsMovesIntoTheBody() {
        WhileStatement loop = new WhileStatement();
        loop.setCondition(Expr.less(call("a"), call("b")));
        loop.getBody().add(Statement.statementExpr(call("body")));
        assertEquals("while { v2 = a(); if (!(v2 < b())) { break; } body(); }", rewrite(loop));
    }

    @Test
    void conditionalBranchNeedingStatementsBecomesAnIf() {
        ConditionalExpr choice = new ConditionalExpr();
        choice.setCondition(Expr.var(1));
        choice.setConsequent(call("f", call("a"), call("b")));
        choice.setAlternative(Expr.constant(0));
        String c = rewrite(Statement.exitFunction(choice));
        assertEquals("if (v1) { v2 = a(); v3 = f(v2, b()); } else { v3 = 0; } return v3;", c);
    }

    @Test
    void conditionalWithAVariableBranchTakesTheVariablesType() {
        ConditionalExpr choice = new ConditionalExpr();
        choice.setCondition(Expr.var(1));
        choice.setConsequent(Expr.var(1));
        choice.setAlternative(call("f", call("a"), call("b")));
        String c = rewrite(Statement.exitFunction(choice));
        assertEquals("if (v1) { v3 = v1; } else { v2 = a(); v3 = f(v2, b()); } return v3;", c);
    }

    @Test
    void referencesAreNotMovedIntoTemporaries() {
        QualificationExpr name = new QualificationExpr();
        name.setField(OBJECT_FIELD);
        String c = rewrite(Statement.statementExpr(call("f", name, call("b"))));
        assertEquals("f(name, b());", c);
    }

    @Test
    void statementsShareTheirTemporaries() {
        SequentialStatement two = Statement.sequence(Statement.statementExpr(call("f", call("a"), call("b"))),
                Statement.statementExpr(call("f", call("c"), call("d"))));
        assertEquals("v2 = a(); f(v2, b()); v2 = c(); f(v2, d());", rewrite(two));
    }

    private static String rewrite(Statement body) {
        RegularMethodNode method = new RegularMethodNode(METHOD);
        method.getVariables().add(new VariableNode(0, VariableType.OBJECT));
        method.getVariables().add(new VariableNode(1, VariableType.INT));
        method.setBody(body);
        new OperandSequencer(method, f -> f.equals(INT_FIELD) ? VariableType.INT : null).apply();
        StringBuilder sb = new StringBuilder();
        render(method.getBody(), sb);
        return sb.toString().trim();
    }

    private static InvocationExpr call(String name, Expr... arguments) {
        ValueType[] signature = new ValueType[arguments.length + 1];
        java.util.Arrays.fill(signature, ValueType.INTEGER);
        return Expr.invokeStatic(new MethodReference("p.C", name, signature), arguments);
    }

    private static QualificationExpr field() {
        QualificationExpr field = new QualificationExpr();
        field.setField(INT_FIELD);
        return field;
    }

    private static void render(Statement statement, StringBuilder sb) {
        if (statement instanceof SequentialStatement sequence) {
            renderAll(sequence.getSequence(), sb);
        } else if (statement instanceof AssignmentStatement assignment) {
            if (assignment.getLeftValue() != null) {
                sb.append(render(assignment.getLeftValue())).append(" = ");
            }
            sb.append(render(assignment.getRightValue())).append("; ");
        } else if (statement instanceof org.teavm.ast.ReturnStatement ret) {
            sb.append("return ").append(render(ret.getResult())).append("; ");
        } else if (statement instanceof ConditionalStatement conditional) {
            sb.append("if (").append(render(conditional.getCondition())).append(") { ");
            renderAll(conditional.getConsequent(), sb);
            sb.append("} ");
            if (!conditional.getAlternative().isEmpty()) {
                sb.append("else { ");
                renderAll(conditional.getAlternative(), sb);
                sb.append("} ");
            }
        } else if (statement instanceof WhileStatement loop) {
            sb.append("while ");
            if (loop.getCondition() != null) {
                sb.append("(").append(render(loop.getCondition())).append(") ");
            }
            sb.append("{ ");
            renderAll(loop.getBody(), sb);
            sb.append("} ");
        } else if (statement instanceof BreakStatement) {
            sb.append("break; ");
        } else {
            sb.append(statement).append("; ");
        }
    }

    private static void renderAll(List<Statement> statements, StringBuilder sb) {
        for (Statement statement : statements) {
            render(statement, sb);
        }
    }

    private static String render(Expr expr) {
        if (expr instanceof VariableExpr variable) {
            return "v" + variable.getIndex();
        }
        if (expr instanceof ConstantExpr constant) {
            return String.valueOf(constant.getValue());
        }
        if (expr instanceof QualificationExpr field) {
            return field.getField().getFieldName();
        }
        if (expr instanceof SubscriptExpr element) {
            return render(element.getArray()) + "[" + render(element.getIndex()) + "]";
        }
        if (expr instanceof InvocationExpr call) {
            StringBuilder sb = new StringBuilder(call.getMethod().getName()).append("(");
            for (int i = 0; i < call.getArguments().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(render(call.getArguments().get(i)));
            }
            return sb.append(")").toString();
        }
        if (expr instanceof BinaryExpr binary) {
            String operator = binary.getOperation() == BinaryOperation.ADD ? " + "
                    : binary.getOperation() == BinaryOperation.LESS ? " < " : " ? ";
            return "(" + render(binary.getFirstOperand()) + operator + render(binary.getSecondOperand()) + ")";
        }
        if (expr instanceof UnaryExpr unary) {
            return "!" + render(unary.getOperand());
        }
        return expr.toString();
    }
}
