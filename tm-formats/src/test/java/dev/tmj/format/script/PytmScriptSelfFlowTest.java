package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Model;
import dev.tmj.model.ModelException;
import dev.tmj.resolve.CheckedModel;
import org.junit.jupiter.api.Test;

/** A dataflow from an element to itself is refused at the line and column of the script that made it. */
class PytmScriptSelfFlowTest {

    @Test
    void should_refuse_a_self_flow_naming_where_the_script_made_it() {
        Model model = PytmScriptReader.read("""
                from pytm import TM, Server, Dataflow
                tm = TM("t")
                a = Server("A")
                f = Dataflow(a, a, "self")
                tm.process()
                """, "tm.py");
        assertThatThrownBy(() -> CheckedModel.of(model)).isInstanceOf(ModelException.class)
                .hasMessage("tm.py:4:5: Dataflow(self) goes from Server(A) to itself; a dataflow needs two different"
                        + " elements");
    }
}
