package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.resolve.CheckedModel;
import org.junit.jupiter.api.Test;

/** pytm.flows' req_reply() and reply(), and the unpacking assignment that takes their tuples apart. */
class PytmScriptFlowHelpersTest {
    private static final String HEADER = "from pytm import TM, Process, Server, Dataflow\n"
            + "from pytm.flows import req_reply, reply\ntm = TM(\"Shop\")\n"
            + "client = Process(\"Client\")\napi = Server(\"API\")\n";

    @Test
    void should_create_a_request_and_its_reply_with_req_reply() {
        Model model = read("request, response = req_reply(client, api, \"Fetch data\")\n");

        Element request = flow(model, "Fetch data");
        Element response = flow(model, "Reply to Fetch data");
        assertThat(request.source().name()).isEqualTo("Client");
        assertThat(request.sink().name()).isEqualTo("API");
        assertThat(response.source().name()).isEqualTo("API");
        assertThat(response.sink().name()).isEqualTo("Client");
        assertThat(response.get("responseTo")).isSameAs(request);
        assertThat(response.location().orElseThrow().line()).isEqualTo(6);

        Model checked = CheckedModel.of(model).model();
        assertThat(flow(checked, "Reply to Fetch data").get("isResponse")).isEqualTo(true);
        assertThat(flow(checked, "Fetch data").get("response")).isSameAs(flow(checked, "Reply to Fetch data"));
    }

    @Test
    void should_name_the_reply_with_reply_name_and_bind_the_flows_to_names() {
        Model model = read("_, answer = req_reply(client, api, req_name=\"Query\", reply_name=\"Rows\")\n"
                + "answer.protocol = \"HTTPS\"\n");

        assertThat(model.dataflows()).extracting(Element::name).containsExactly("Query", "Rows");
        assertThat(flow(model, "Rows").get("protocol")).isEqualTo("HTTPS");
    }

    @Test
    void should_create_the_reply_of_a_flow_with_reply_and_its_keywords() {
        Model model = read("sync = Dataflow(client, api, \"Sync\")\n"
                + "original, response = reply(sync, name=\"Sync Response\", protocol=\"HTTPS\", note=\"Cached\")\n"
                + "(x, y) = reply(sync)\n");

        Element response = flow(model, "Sync Response");
        assertThat(response.source().name()).isEqualTo("API");
        assertThat(response.get("protocol")).isEqualTo("HTTPS");
        assertThat(response.get("note")).isEqualTo("Cached");
        assertThat(response.get("responseTo")).isSameAs(flow(model, "Sync"));
        assertThat(flow(model, "Reply to Sync").get("responseTo")).isSameAs(flow(model, "Sync"));
    }

    @Test
    void should_reach_the_helpers_through_the_module() {
        Model model = read("import pytm.flows\nr = pytm.flows.req_reply(client, api, \"Ping\")\n");

        assertThat(model.dataflows()).extracting(Element::name).containsExactly("Ping", "Reply to Ping");
    }

    @Test
    void should_refuse_unpacking_into_the_wrong_number_of_names() {
        assertError("a, b, c = req_reply(client, api, \"Fetch\")\n",
                "webapp.py:6:1: not enough values to unpack (expected 3, got 2)");
        assertError("a, = req_reply(client, api, \"Fetch\")\n", "webapp.py:6:1: too many values to unpack (expected 1)");
        assertError("a, b = api\n", "webapp.py:6:1: cannot unpack non-iterable Server(API)");
    }

    @Test
    void should_refuse_what_pytm_refuses() {
        assertError("req_reply(client, api)\n", "webapp.py:6:1: req_reply() missing required argument 'req_name'");
        assertError("req_reply(client, api, \"F\", protocol=\"HTTPS\")\n",
                "webapp.py:6:29: req_reply() got an unexpected keyword argument 'protocol'");
        assertError("reply(api)\n", "webapp.py:6:7: reply() argument 'req' must be a Dataflow, got Server(API)");
    }

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "shop.py");
    }

    private static Element flow(Model model, String name) {
        return model.dataflows().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertError(String body, String message) {
        assertThatThrownBy(() -> PytmScriptReader.read(HEADER + body, "webapp.py"))
                .isExactlyInstanceOf(SourceException.class).hasMessage(message);
    }
}
