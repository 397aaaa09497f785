package dev.mayfly.image.teavm;

import java.util.HashMap;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayElementType;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.util.DefinitionExtractor;

/**
 * Words the helpful NullPointerException messages of JEP 358 for the dereferences of one method,
 * from its program as the compiler parsed it, the way HotSpot's {@code ExceptionMessageBuilder}
 * words them from the bytecode: the failed action ({@code Cannot invoke "String.length()"}), then,
 * where the null value's source is known, {@code because "<source>" is null} or
 * {@code because the return value of "<method>" is null}.
 *
 * <p>The source is followed through the program's variables as HotSpot follows the operand stack:
 * a variable of the source's local variable table is named by it (or {@code <parameterN>} and
 * {@code this} without a table); a static field is {@code Class.field}, an instance field
 * {@code <source>.field}, an array element {@code <source>[<index>]}, each at most five levels
 * deep; casts pass their operand through. A value merged from several places (a phi) has no
 * source, and the message ends after the action, as HotSpot's does for a merged stack slot.
 * HotSpot names a local only where it is loaded ({@code aload}), while the compiler's variables
 * keep the local's name from where it is stored; the two agree for code javac wrote from source.
 */
final class NullPointerMessages {
    /** HotSpot's {@code _max_cause_detail}: how deep a source expression is printed. */
    private static final int MAX_CAUSE_DETAIL = 5;

    private final Program program;
    private final MethodReference method;
    private final Map<Variable, Instruction> definitions = new HashMap<>();

    NullPointerMessages(Program program, MethodReference method) {
        this.program = program;
        this.method = method;
        DefinitionExtractor extractor = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                insn.acceptVisitor(extractor);
                for (Variable defined : extractor.getDefinedVariables()) {
                    definitions.put(defined, insn);
                }
            }
        }
    }

    /** Whether the variable is a new object or a constant, which no check need test. */
    boolean neverNull(Variable value) {
        Instruction definition = definitions.get(throughCopies(value));
        return definition instanceof ConstructInstruction || definition instanceof ConstructArrayInstruction
                || definition instanceof ConstructMultiArrayInstruction || definition instanceof StringConstantInstruction
                || definition instanceof ClassConstantInstruction;
    }

    /** {@code Cannot invoke "X.m(T)"} and its cause. */
    String invoke(MethodReference called, Variable instance) {
        return "Cannot invoke \"" + methodName(called) + "\"" + cause(instance);
    }

    /** {@code Cannot read field "f"} and its cause. */
    String readField(FieldReference field, Variable instance) {
        return "Cannot read field \"" + field.getFieldName() + "\"" + cause(instance);
    }

    /** {@code Cannot assign field "f"} and its cause. */
    String assignField(FieldReference field, Variable instance) {
        return "Cannot assign field \"" + field.getFieldName() + "\"" + cause(instance);
    }

    /** {@code Cannot load from int array} and its cause. */
    String load(ArrayElementType type, Variable array) {
        return "Cannot load from " + arrayKind(type) + " array" + cause(array);
    }

    /** {@code Cannot store to int array} and its cause. */
    String store(ArrayElementType type, Variable array) {
        return "Cannot store to " + arrayKind(type) + " array" + cause(array);
    }

    String arrayLength(Variable array) {
        return "Cannot read the array length" + cause(array);
    }

    String enterMonitor(Variable object) {
        return "Cannot enter synchronized block" + cause(object);
    }

    String raise(Variable exception) {
        return "Cannot throw exception" + cause(exception);
    }

    private String cause(Variable value) {
        Variable source = throughCopies(value);
        Instruction definition = definitions.get(source);
        if (source.getDebugName() == null && definition instanceof InvokeInstruction call) {
            return " because the return value of \"" + methodName(call.getMethod()) + "\" is null";
        }
        String expression = expression(value, MAX_CAUSE_DETAIL);
        return expression == null ? "" : " because \"" + expression + "\" is null";
    }

    /** HotSpot's print_NPE_cause0: the expression that produced a value, or null if unknown. */
    private String expression(Variable value, int detail) {
        if (detail <= 0) {
            return null;
        }
        Variable source = throughCopies(value);
        if (source.getDebugName() != null) {
            return source.getDebugName();
        }
        Instruction definition = definitions.get(source);
        if (definition == null) {
            return parameter(source);
        }
        if (definition instanceof NullConstantInstruction) {
            return "null";
        }
        if (definition instanceof IntegerConstantInstruction constant) {
            return Integer.toString(constant.getConstant());
        }
        if (definition instanceof GetFieldInstruction get) {
            String field = get.getField().getFieldName();
            if (get.getInstance() == null) {
                return className(get.getField().getClassName()) + "." + field;
            }
            String owner = expression(get.getInstance(), detail - 1);
            return owner == null ? field : owner + "." + field;
        }
        if (definition instanceof GetElementInstruction get) {
            Variable array = unwrapped(get.getArray());
            String arrayExpression = expression(array, detail - 1);
            String index = expression(get.getIndex(), detail - 1);
            return (arrayExpression == null ? "<array>" : arrayExpression) + "[" + (index == null ? "..." : index) + "]";
        }
        if (definition instanceof InvokeInstruction call) {
            return methodName(call.getMethod());
        }
        return null;
    }

    /** A variable without a definition: {@code this} or a parameter of a method without a local variable table. */
    private String parameter(Variable variable) {
        int index = variable.getIndex();
        if (index == 0) {
            return "this";
        }
        if (index <= method.parameterCount()) {
            return "<parameter" + index + ">";
        }
        return null;
    }

    /** The variable a chain of copies and casts starts from. */
    private Variable throughCopies(Variable value) {
        Variable current = value;
        for (int steps = 0; steps < program.variableCount(); steps++) {
            if (current.getDebugName() != null) {
                return current;
            }
            Instruction definition = definitions.get(current);
            if (definition instanceof AssignInstruction assign) {
                current = assign.getAssignee();
            } else if (definition instanceof CastInstruction cast) {
                current = cast.getValue();
            } else {
                return current;
            }
        }
        return current;
    }

    /** The array an element access's operand unwraps. */
    Variable unwrapped(Variable data) {
        return definitions.get(data) instanceof UnwrapArrayInstruction unwrap ? unwrap.getArray() : data;
    }

    /** HotSpot's print_method_name: {@code java.util.Map.get(Object)}. */
    static String methodName(MethodReference called) {
        StringBuilder sb = new StringBuilder(className(called.getClassName())).append('.').append(called.getName())
                .append('(');
        ValueType[] parameters = called.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(typeName(parameters[i]));
        }
        return sb.append(')').toString();
    }

    /** A class name as HotSpot prints it in these messages: Object and String without their package. */
    static String className(String name) {
        return switch (name) {
            case "java.lang.Object" -> "Object";
            case "java.lang.String" -> "String";
            default -> name;
        };
    }

    private static String typeName(ValueType type) {
        if (type instanceof ValueType.Array array) {
            return typeName(array.getItemType()) + "[]";
        }
        if (type instanceof ValueType.Object object) {
            return className(object.getClassName());
        }
        if (type instanceof ValueType.Primitive primitive) {
            return switch (primitive.getKind()) {
                case BOOLEAN -> "boolean";
                case BYTE -> "byte";
                case SHORT -> "short";
                case CHARACTER -> "char";
                case INTEGER -> "int";
                case LONG -> "long";
                case FLOAT -> "float";
                case DOUBLE -> "double";
            };
        }
        return type.toString();
    }

    /** The array kinds of HotSpot's messages: baload serves byte and boolean arrays alike. */
    private static String arrayKind(ArrayElementType type) {
        return switch (type) {
            case BYTE -> "byte/boolean";
            case SHORT -> "short";
            case CHAR -> "char";
            case INT -> "int";
            case LONG -> "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case OBJECT -> "object";
        };
    }

}
