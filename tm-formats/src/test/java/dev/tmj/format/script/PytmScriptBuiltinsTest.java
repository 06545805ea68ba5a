package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptAssertions.SUPPORTED;
import static dev.tmj.format.script.ScriptAssertions.assertRefused;
import static dev.tmj.format.script.ScriptAssertions.printed;
import static dev.tmj.format.script.ScriptAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The list, dict and str methods and the builtin functions a script may call. */
class PytmScriptBuiltinsTest {
    @Test
    void should_change_the_scripts_own_lists_with_list_methods() {
        assertThat(printed("""
                xs = [3, 1, 2]
                xs.append(4); xs.extend([0]); xs.insert(0, 9); xs.insert(-1, 7)
                print(xs, xs.pop(), xs.pop(0), xs.index(2), xs.count(1))
                xs.remove(1); xs.sort(); ys = xs.copy(); ys.reverse()
                print(xs, ys)
                names = ["bb", "a", "ccc"]
                names.sort(key=len, reverse=True)
                ys.clear()
                print(names, ys)
                """)).isEqualTo("[3, 1, 2, 4, 7] 0 9 2 1\n[2, 3, 4, 7] [7, 4, 3, 2]\n['ccc', 'bb', 'a'] []\n");
    }

    @Test
    void should_refuse_list_methods_python_refuses_and_changes_to_model_lists() {
        assertRefused("[].pop()\n", "tm.py:3:1: IndexError: pop from empty list");
        assertRefused("[1].remove(2)\n", "tm.py:3:1: ValueError: list.remove(x): x not in list");
        assertRefused("[1].index(2)\n", "tm.py:3:1: ValueError: 2 is not in list");
        assertRefused("[1].sort(cmp=None)\n", "tm.py:3:10: sort() got an unexpected keyword argument 'cmp'");
        assertRefused("[1].pop(\"a\")\n", "tm.py:3:1: 'str' object cannot be interpreted as an integer");
        assertRefused("tm.assumptions.append(1)\n",
                "tm.py:3:1: TM(Shop).assumptions expects List[Assumption], got list [1] (item 1 is int 1)");
        assertRefused("[].rotate()\n", "tm.py:3:1: the list method 'rotate' is not supported" + SUPPORTED);
    }

    @Test
    void should_read_and_change_dicts_with_dict_methods() {
        assertThat(printed("""
                d = {"a": 1}
                d.update({"b": 2}, c=3)
                print(d.setdefault("a", 5), d.setdefault("z", 0), d.pop("z"), d.pop("q", None), d.get("a"), d.get("q", 7))
                print(list(d.keys()), list(d.values()), list(d.items()), d.copy() == d)
                d.clear()
                print(d)
                """)).isEqualTo("1 0 0 None 1 7\n['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] True\n{}\n");
        assertRefused("{}.pop(\"k\")\n", "tm.py:3:1: KeyError: 'k'");
        assertRefused("{}.fromkeys([1])\n", "tm.py:3:1: the dict method 'fromkeys' is not supported" + SUPPORTED);
    }

    @Test
    void should_run_the_common_str_methods() {
        assertThat(printed("""
                print(" a b ".split(), "a,b,,c".split(",", 1), "a b c".split(maxsplit=1), "-".join(["x", "y"]))
                print("  pad ".strip(), "xxhixx".strip("x"), " l".lstrip(), "r ".rstrip() + "|", "Hi World".lower())
                print("hi".upper(), "a-b".replace("-", "+"), "web".startswith("w"), "web".endswith(("b", "c")))
                print("{} {name} {0}".format(1, name="n"), "hello wORLD".title(), "hELLO".capitalize())
                """)).isEqualTo("['a', 'b'] ['a', 'b,,c'] ['a', 'b c'] x-y\npad hi l r|\nhi world\n"
                        .replace("\nhi world\n", " hi world\n")
                        + "HI a+b True True\n1 n 1 Hello World Hello\n");
        assertRefused("\"a\".split(\"\")\n", "tm.py:3:1: empty separator");
        assertRefused("\"{x}\".format(y=1)\n", "tm.py:3:1: KeyError: 'x'");
        assertRefused("\"a\".zfill(3)\n", "tm.py:3:1: the str method 'zfill' is not supported" + SUPPORTED);
    }

    @Test
    void should_compute_with_the_builtin_functions() {
        assertThat(printed("""
                xs = [2, 3, 4, 7]
                names = ["bb", "a", "ccc"]
                print(min(xs), max(xs), min([], default=-1), max("a", "b"), max(names, key=len), sum(xs), sum([0.5, 1]))
                print(any([0, 1]), all([]), list(zip([1, 2], "abc")), abs(-3), abs(-2.5), round(2.5), round(3.5))
                print(round(2.675, 2), bool(0), float("1.5"), float(2), list(reversed([1, 2, 3])), list("ab"))
                print(dict([("k", 1)]), dict(a=1), tuple([1]), set([1, 1]), sorted(set("cab")), list(filter(None, [0, 3])))
                print(tuple(x for x in range(3)), list(enumerate("ab", start=1)), str(3), int("7"), sum([1], 10))
                """)).isEqualTo("2 7 -1 b ccc 16 1.5\nTrue True [(1, 'a'), (2, 'b')] 3 2.5 2 4\n"
                        + "2.67 False 1.5 2.0 [3, 2, 1] ['a', 'b']\n{'k': 1} {'a': 1} (1,) {1} ['a', 'b', 'c'] [3]\n"
                        + "(0, 1, 2) [(1, 'a'), (2, 'b')] 3 7 11\n");
        assertRefused("x = min([])\n", "tm.py:3:5: min() arg is an empty sequence");
        assertRefused("x = sum([\"a\"], \"\")\n", "tm.py:3:5: sum() can't sum strings [use ''.join(seq) instead]");
        assertRefused("x = float(\"one\")\n", "tm.py:3:5: could not convert string to float: 'one'");
        assertRefused("x = abs(\"a\")\n", "tm.py:3:5: bad operand type for abs(): 'str'");
        assertRefused("x = len(5)\n", "tm.py:3:5: object of type 'int' has no len()");
        assertRefused("x = max(1, 2, key=3)\n", "tm.py:3:5: 'int' object is not callable");
    }

    @Test
    void should_check_types_and_read_and_write_model_attributes_by_name() {
        assertThat(printed("""
                web = Server("Web")
                db = Datastore("DB")
                flow = Dataflow(web, db, "Query")
                print(isinstance(web, Server), isinstance(web, Element), isinstance(web, (str, Datastore)))
                print(isinstance(flow, Dataflow), isinstance(db, Asset), isinstance(web, Dataflow), isinstance(tm, TM))
                print(isinstance("x", str), isinstance(True, int), isinstance([], list), isinstance({}, dict))
                print(isinstance(Classification.SECRET, Classification), isinstance(1.0, (int, float)))
                setattr(web, "port", 8080)
                print(getattr(web, "port"), hasattr(web, "port"), hasattr(web, "nope"), getattr(web, "nope", "dflt"))
                """)).isEqualTo("True True False\nTrue True False True\nTrue True True True\nTrue True\n"
                        + "8080 True False dflt\n");
        assertThat(read("web = Server(\"Web\")\nsetattr(web, \"port\", 8080)\n").elements().get(0).get("port"))
                .isEqualTo(8080L);
        assertRefused("x = isinstance(1, 2)\n",
                "tm.py:3:5: isinstance() arg 2 must be a type, a tuple of types or a pytm class, not int 2");
        assertRefused("x = getattr(tm, \"__class__\")\n",
                "tm.py:3:5: the attribute '__class__' is not supported: a model script cannot reach Python's internals");
        assertRefused("setattr(tm, \"__dict__\", 1)\n",
                "tm.py:3:1: the attribute '__dict__' is not supported: a model script cannot reach Python's internals");
        assertRefused("x = hasattr(\"x\", \"upper\")\n", "tm.py:3:5: hasattr() is supported on the TM, elements, Data "
                + "and controls only, not on str 'x'" + SUPPORTED);
        assertRefused("x = getattr(tm, 5)\n", "tm.py:3:5: getattr(): attribute name must be string, not 'int'");
        assertRefused("x = getattr(tm, \"nope\")\n", "tm.py:3:5: TM has no attribute 'nope'; did you mean 'name'?");
    }
}
