package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptAssertions.SUPPORTED;
import static dev.tmj.format.script.ScriptAssertions.assertRefused;
import static dev.tmj.format.script.ScriptAssertions.printed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Loop else blocks, assert, del, and the expressions around them: conditionals, slices, comparisons. */
class PytmScriptStatementsTest {
    @Test
    void should_run_a_loop_else_block_only_when_the_loop_did_not_break() {
        assertThat(printed("""
                for i in range(3):
                    if i == 5:
                        break
                else:
                    print("for ended")
                n = 0
                while n < 10:
                    n += 1
                    if n == 2:
                        break
                else:
                    print("never")
                for i in []:
                    pass
                else: print("empty", n)
                """)).isEqualTo("for ended\nempty 2\n");
    }

    @Test
    void should_pass_an_assert_that_holds_and_stop_at_one_that_fails() {
        assertThat(printed("n = 2\nassert n == 2, \"n is 2\"\nassert n\nprint(\"ok\")\n")).isEqualTo("ok\n");
        assertRefused("n = 1\nassert n == 2, f\"n is {n}\"\n", "tm.py:4:1: AssertionError: n is 1");
        assertRefused("assert []\n", "tm.py:3:1: AssertionError");
    }

    @Test
    void should_delete_names_and_items() {
        assertThat(printed("""
                x = 5
                d = {"a": 1, "b": 2}
                xs = [5, 3, 8]
                del x, d["a"], xs[-1]
                print(d, xs, "x" in [k for k in ["y"]])
                """)).isEqualTo("{'b': 2} [5, 3] False\n");
        assertRefused("x = 1\ndel x\nprint(x)\n", "tm.py:5:7: name 'x' is not defined");
        assertRefused("del d[\"a\"]\n", "tm.py:3:5: name 'd' is not defined");
        assertRefused("d = {}\ndel d[\"a\"]\n", "tm.py:4:5: KeyError: 'a'");
        assertRefused("del tm.name\n",
                "tm.py:3:5: 'del' of anything but a name or an item ('x[k]') is not supported" + SUPPORTED);
        assertRefused("xs = [1, 2]\ndel xs[0:1]\n",
                "tm.py:4:5: 'del' of anything but a name or an item ('x[k]') is not supported" + SUPPORTED);
    }

    @Test
    void should_evaluate_pythons_operators_and_slices() {
        assertThat(printed("""
                xs = [3, 8, 1]
                s = "abcdef"
                print(2 ** 10, 3 in xs, 4 not in xs, 1 < 2 < 3, 3 < 2 < 5, None is None, xs is not None)
                print(s[::2], s[::-1], xs[-1], xs[::-1], s[-3:], s[1:5:2], s[5:1:-2], s[-1:-4:-1], s[:100:3])
                print(not xs, [] or "default", 1 and 2, 0 and 1, "yes" if xs else "no", (1, 2, 3)[::-2])
                """)).isEqualTo("1024 True True True False True True\n"
                        + "ace fedcba 1 [1, 8, 3] def bd fd fed ad\n"
                        + "False default 2 0 yes (3, 1)\n");
        assertRefused("x = [1][::0]\n", "tm.py:3:11: slice step cannot be zero");
        assertRefused("x = [1][::\"a\"]\n", "tm.py:3:11: slice indices must be integers or None");
    }
}
