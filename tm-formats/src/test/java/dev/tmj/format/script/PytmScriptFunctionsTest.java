package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptAssertions.SUPPORTED;
import static dev.tmj.format.script.ScriptAssertions.assertRefused;
import static dev.tmj.format.script.ScriptAssertions.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The script's own functions: global names, closures, defaults, keyword and star arguments, lambdas. */
class PytmScriptFunctionsTest {
    @Test
    void should_assign_module_names_after_a_global_statement() {
        assertThat(printed("""
                count = 0
                def bump(n=1):
                    global count
                    count += n
                    local = n
                bump()
                bump(n=2)
                print(count)
                """)).isEqualTo("3\n");
        assertRefused("def f():\n    local = 1\nf()\nprint(local)\n", "tm.py:6:7: name 'local' is not defined");
    }

    @Test
    void should_read_the_names_of_enclosing_functions_in_a_closure() {
        assertThat(printed("""
                def outer(prefix):
                    suffix = "!"
                    def inner(name):
                        return prefix + name + suffix
                    return inner
                make = outer("srv-")
                print(make("web"), outer("x")("y"))
                """)).isEqualTo("srv-web! xy!\n");
    }

    @Test
    void should_bind_star_arguments_and_keyword_arguments() {
        assertThat(printed("""
                def many(first, second="b", *rest, **options):
                    return [first, second, rest, sorted(options.items())]
                args = ["a", "b", "c"]
                opts = {"port": 443}
                print(many(*args, **opts, tls=True))
                print(many(1), many(second=2, first=1))
                print(max(*[3, 9, 4]), *"ab", sep="|")
                """)).isEqualTo("['a', 'b', ('c',), [('port', 443), ('tls', True)]]\n"
                        + "[1, 'b', (), []] [1, 2, (), []]\n9|a|b\n");
    }

    @Test
    void should_call_lambdas_with_defaults_in_builtins_and_methods() {
        assertThat(printed("""
                square = lambda x, k=2: x ** k
                names = ["bb", "a", "ccc"]
                print(square(3), square(2, k=3), (lambda: "now")())
                print(list(map(lambda s: s.upper(), names)), list(filter(lambda s: len(s) > 1, names)))
                print(sorted(names, key=lambda s: -len(s)), max(names, key=len), min(names, key=lambda s: s[-1]))
                handlers = {"up": lambda s: s.upper()}
                print(handlers["up"]("x"), list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
                """)).isEqualTo("9 8 now\n['BB', 'A', 'CCC'] ['bb', 'ccc']\n['ccc', 'bb', 'a'] ccc a\n"
                        + "X ['1', '2'] [11, 22]\n");
    }

    @Test
    void should_refuse_wrong_arguments_in_pythons_words() {
        assertRefused("def f(a, b=1):\n    return a\nf(1, 2, 3)\n",
                "tm.py:5:1: f() takes 2 positional arguments but 3 were given");
        assertRefused("def f(a):\n    return a\nf(b=1)\n", "tm.py:5:1: f() got an unexpected keyword argument 'b'");
        assertRefused("def f(a):\n    return a\nf(1, a=1)\n", "tm.py:5:1: f() got multiple values for argument 'a'");
        assertRefused("f = lambda a: a\nf()\n", "tm.py:4:1: <lambda>() missing 1 required argument: 'a'");
        assertRefused("def f(**kw, a):\n    pass\n", "tm.py:3:13: no parameter may follow '**kw'");
        assertRefused("print(len(**{1: 2}))\n", "tm.py:3:13: keywords must be strings");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void should_stop_endless_recursion_with_a_clear_error_not_a_stack_overflow() {
        assertRefused("def f(n):\n    return f(n + 1)\nf(0)\n",
                "tm.py:4:12: maximum recursion depth exceeded (100 nested calls)");
        assertRefused("f = lambda n: f(n + 1)\nf(0)\n",
                "tm.py:3:15: maximum recursion depth exceeded (100 nested calls)");
        assertRefused("def f(xs):\n    return sorted(xs, key=lambda x: f(xs))\nf([1])\n",
                "tm.py:4:37: maximum recursion depth exceeded (100 nested calls)");
        assertThat(printed("def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nprint(fact(20))\n"))
                .isEqualTo("2432902008176640000\n");
    }
}
