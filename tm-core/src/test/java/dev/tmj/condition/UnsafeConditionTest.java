package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conditions that must be refused when they are compiled, long before any model is analysed: code execution,
 * introspection, calls outside pytm's short list, keyword arguments, f-strings, names and attributes the target
 * types do not have, and syntax errors. Each refusal is a {@link ConditionException} whose reason says what is
 * wrong and whose line and column point at the culprit.
 */
class UnsafeConditionTest {
    private static final List<ElementType> SERVER = List.of(ElementType.SERVER);
    private static final List<ElementType> DATAFLOW = List.of(ElementType.DATAFLOW);
    private static final List<ElementType> ANY = List.of();

    private static Arguments refused(String condition, List<ElementType> targets, int line, int column,
            String... reason) {
        return arguments(condition, targets, line, column, List.of(reason));
    }

    private static Arguments refused(String condition, int column, String... reason) {
        return refused(condition, SERVER, 1, column, reason);
    }

    static Stream<Arguments> unsafe() {
        return Stream.of(
                // code execution and introspection
                refused("__import__('os').system('id')", 1, "calling '__import__' is not allowed"),
                refused("target.__class__", 8, "'__class__' is not allowed", "'__'"),
                refused("target.__class__.__mro__", 8, "'__class__' is not allowed"),
                refused("target.controls.__dict__", 17, "'__dict__' is not allowed"),
                refused("().__class__.__bases__[0].__subclasses__()", 4, "'__class__' is not allowed"),
                refused("[c for c in ().__class__.__base__.__subclasses__()]", 16, "'__class__' is not allowed"),
                refused("Classification.__members__", 16, "'__members__' is not allowed"),
                refused("target.__getattribute__('name')", 8, "'__getattribute__' is not allowed"),
                refused("__builtins__", 1, "names starting with '__' are not allowed"),
                refused("open('/etc/passwd')", 1, "calling 'open' is not allowed", "any, all, len, min, max, sum"),
                refused("eval('1')", 1, "calling 'eval' is not allowed"),
                refused("exec('import os')", 1, "calling 'exec' is not allowed"),
                refused("compile('1', 'x', 'eval')", 1, "calling 'compile' is not allowed"),
                refused("getattr(target, 'x')", 1, "calling 'getattr' is not allowed"),
                refused("type(target)", 1, "calling 'type' is not allowed"),
                refused("globals()", 1, "calling 'globals' is not allowed"),
                refused("target.name.upper()", 13, "calling method 'upper' is not allowed", "oneOf"),
                refused("target.name.format(target)", 13, "calling method 'format' is not allowed"),
                refused("[].append(1)", 4, "calling method 'append' is not allowed"),
                refused("target.inputs[0]()", 1, "calling this expression is not allowed"),
                refused("target.inputs[0].oneOf(Server)", 1, "oneOf() must be called on an element reached from a name"),
                refused("lambda: 1", 1, "lambda expressions are not supported"),
                refused("(lambda: 1)()", 2, "lambda expressions are not supported"),
                refused("any(x=1)", 5, "keyword arguments are not allowed"),
                refused("target.oneOf(Server, strict=True)", 22, "keyword arguments are not allowed"),
                refused("any(*target.inputs)", 5, "argument unpacking"),
                refused("f'{target.name}' == 'Web'", 1, "f-strings are not supported"),
                refused("target.name == F\"Web\"", 16, "f-strings are not supported"),
                refused("target.name == rf'Web'", 16, "f-strings are not supported"),
                refused("target.name == b'Web'", 16, "bytes literals are not supported"),
                refused("import os", 1, "expected an expression, found keyword 'import'"),
                refused("yield target", 1, "expected an expression, found keyword 'yield'"),
                refused("(x := 1)", 4, "expected ')', found ':='"),
                // names and attributes the targets do not have
                refused("target.controls.isHardend is False", 17, "Controls has no attribute 'isHardend'",
                        "did you mean 'isHardened'?"),
                refused("target.hasPhysicalAccess", 8, "Server has no attribute 'hasPhysicalAccess'"),
                refused("target.controls.isHardened is False and target.isHardened", 48,
                        "Server has no attribute 'isHardened'"),
                refused("target.source.name == 'x'", 8, "Server has no attribute 'source'"),
                refused("target.hasDataLeaks()", 8, "Server has no method 'hasDataLeaks'; only Dataflow has"),
                refused("target.name.x", 13, "str has no attribute 'x'"),
                refused("any(d.isCredentails for d in target.data)", 7, "Data has no attribute 'isCredentails'",
                        "did you mean 'isCredentials'?"),
                refused("Lifetime.HARDCODE", 10, "Lifetime has no member 'HARDCODE'", "did you mean 'HARDCODED'?"),
                refused("Lifetime", 1, "Lifetime can only be used with a member"),
                refused("foo", 1, "unknown name 'foo'"),
                refused("target.inScope and bar", 20, "unknown name 'bar'"),
                refused("tagret.name", 1, "unknown name 'tagret'", "did you mean 'target'?"),
                refused("d.isCredentials", 1, "unknown name 'd'"),
                refused("any(d.isPII for d in target.data) or d.isPII", 38, "unknown name 'd'"),
                refused("Data", 1, "unknown name 'Data'"),
                refused("any", 1, "any() can only be called"),
                refused("any(1, 2)", 1, "any() takes exactly 1 argument (2 given)"),
                refused("len(target.port)", 12, "expected something with a length, but this is int"),
                refused("1 in 2", 6, "'in' needs a collection or string on its right"),
                refused("target.hasDataLeaks(1)", DATAFLOW, 1, 1, "hasDataLeaks() takes no arguments (1 given)"),
                refused("target.checkTLSVersion()", 1, "checkTLSVersion() takes exactly 1 argument (0 given)"),
                refused("target.isHardened", ANY, 1, 8, "Element has no attribute 'isHardened'"),
                // syntax errors
                refused("target.x and", 13, "expected an expression, found end of line"),
                refused("(a", 3, "expected ')', found end of input"),
                refused("(a b)", 4, "expected ')', found 'b'"),
                refused("(1, 2", 6, "expected ')', found end of input"),
                refused("a ==", 5, "expected an expression, found end of line"),
                refused("target..name", 8, "expected an attribute name after '.', found '.'"),
                refused("target.inScope )", 16, "unmatched ')'"),
                refused("target.name = 'x'", 13, "expected end of expression, found '='"),
                refused("'unterminated", 1, "unterminated string literal"),
                refused("target.name == 'Web' $", 22, "invalid character '$'"),
                refused("1.5e5e5 == 1", 6, "invalid character 'e' in number"),
                refused("\u0663 == 3", 1, "invalid character '\u0663' (U+0663)"),
                refused("1 == \u0661.5", 6, "invalid character '\u0661' (U+0661)"),
                refused("  target.inScope", 1, "indentation"),
                refused("# only a comment", 17, "expected an expression"),
                refused("(target.inScope and\n 1 ==)", SERVER, 2, 6, "expected an expression, found ')'"),
                refused("target.inScope and\ntarget.inScope", SERVER, 1, 19, "expected an expression, found end of line"),
                refused("('a\\\r(((('", SERVER, 2, 6, "expected ')', found end of input"),
                refused("'a\\\r\nb' == 'ab' and $", SERVER, 2, 16, "invalid character '$'"),
                refused("(".repeat(150) + "1" + ")".repeat(150), 51, "nested too deeply"));
    }

    @ParameterizedTest(name = "{0}  ->  line {2}, column {3}")
    @MethodSource("unsafe")
    void should_refuse_at_compile_time_pointing_at_the_culprit(String condition, List<ElementType> targets,
            int line, int column, List<String> reason) {
        ConditionException e = catchThrowableOfType(ConditionException.class,
                () -> Condition.compile(condition, targets));

        assertThat(e).as("compiling %s", condition).isNotNull();
        assertThat(e.reason()).contains(reason);
        assertThat(List.of(e.line(), e.column())).as("line and column of %s", e.getMessage())
                .containsExactly(line, column);
        assertThat(e.getMessage()).contains("column " + column).contains(e.reason());
        assertThat(e.sid()).isNull();
        assertThat(e.forThreat("X01").sid()).isEqualTo("X01");
        assertThat(e.forThreat("X01").getMessage()).startsWith("Invalid condition of threat X01 at ");
    }

    @Test
    void should_compile_the_same_attributes_and_helpers_for_the_target_types_that_have_them() {
        assertThat(Condition.compile("target.hasPhysicalAccess", List.of(ElementType.EXTERNAL_ENTITY))).isNotNull();
        assertThat(Condition.compile("target.hasDataLeaks()", DATAFLOW)).isNotNull();
        assertThat(Condition.compile("target.source.name == 'x'", DATAFLOW)).isNotNull();
        assertThat(Condition.compile("target.hasPhysicalAccess", ANY)).isNotNull(); // ExternalEntity has it
        assertThat(Condition.compile("target.isAdmin or target.usesCache",
                List.of(ElementType.ACTOR, ElementType.SERVER))).isNotNull();
    }

    @Test
    void should_accept_a_blank_condition_as_one_that_never_matches() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");

        assertThat(Condition.compile("   ", SERVER).test(web)).isFalse();
    }

    @Test
    void should_throw_evaluation_exception_at_run_time_for_an_attribute_of_none() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");
        Condition condition = Condition.compile("target.inBoundary.name == 'x'", SERVER);

        assertThatThrownBy(() -> condition.test(web))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("'NoneType' object has no attribute 'name'");

        web.set("inBoundary", model.add(ElementType.BOUNDARY, "x"));
        assertThat(condition.test(web)).isTrue();
    }

    @Test
    void should_not_run_anything_when_a_refused_condition_is_compiled() {
        // If compile evaluated its argument, this would raise something other than ConditionException.
        assertThatThrownBy(() -> Condition.compile("1 / 0 == open('/etc/passwd')", SERVER))
                .isInstanceOf(ConditionException.class)
                .hasMessageContaining("calling 'open' is not allowed");
        assertThat(Condition.compile("1 / 0 == 1", SERVER)).as("errors of evaluation wait for test()").isNotNull();
    }
}
