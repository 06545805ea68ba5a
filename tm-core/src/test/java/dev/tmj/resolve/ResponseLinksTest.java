package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ResponseLinks} (pytm's {@code _match_responses}) for a response that names no request: it answers the one
 * flow from its sink to its source, found by a key of the two ends ({@link ResponseLinks#ends}) whose hashes do not
 * collide.
 */
class ResponseLinksTest {
    @Test
    void should_link_a_response_to_the_one_flow_back_and_to_none_when_several_go_back() {
        Model model = Model.named("m");
        Element client = model.add(ElementType.ACTOR, "Client");
        Element web = model.add(ElementType.SERVER, "Web");
        Element db = model.add(ElementType.DATASTORE, "Db");
        model.dataflow(client, web, "request");
        model.dataflow(web, client, "reply").set("isResponse", true);
        model.dataflow(web, db, "query");
        model.dataflow(web, db, "query again");
        model.dataflow(db, web, "rows").set("isResponse", true);

        CheckedModel checked = CheckedModel.of(model);

        List<Element> flows = checked.dataflows();
        assertThat(flows.get(1).get("responseTo")).as("reply").isSameAs(flows.get(0));
        assertThat(flows.get(0).get("response")).as("request").isSameAs(flows.get(1));
        assertThat(flows.get(4).get("responseTo")).as("rows: two queries, neither chosen").isNull();
        assertThat(flows.get(2).get("response")).isNull();
        assertThat(flows.get(3).get("response")).isNull();
    }

    @Test
    void should_give_every_pair_of_ends_its_own_hash_a_flow_and_its_reverse_included() {
        // the two indexes side by side in a Long hashed as their XOR: a -> b and b -> a, or 1 -> 2 and 5 -> 6, collided
        Model model = Model.named("m");
        List<Element> nodes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            nodes.add(model.add(ElementType.SERVER, "Node " + i));
        }
        Set<Integer> hashes = new HashSet<>();
        for (Element source : nodes) {
            for (Element sink : nodes) {
                hashes.add(ResponseLinks.ends(source, sink, model.elements().size()).hashCode());
            }
        }
        assertThat(hashes).hasSize(300 * 300);
    }
}
