package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tmj.http.HttpSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira project SEC, Cloud (v3, {@code /search/jql} by {@code nextPageToken}, the old search answering 410) or Data
 * Center (v2, {@code /search} by {@code startAt}). The workflow offers "Done" (id 31, to the done category) on an
 * open issue and "Reopen" (id 11) on a closed one.
 */
final class JiraDouble extends TrackerDouble {
    private final JiraDeployment deployment;

    JiraDouble(WireMockExtension server, JiraDeployment deployment) {
        super(server);
        this.deployment = deployment;
    }

    private String rest() {
        return deployment == JiraDeployment.CLOUD ? "/rest/api/3" : "/rest/api/2";
    }

    @Override
    String name() {
        return "Jira " + deployment;
    }

    @Override
    Map<String, String> env() {
        return deployment == JiraDeployment.CLOUD ? Map.of("JIRA_EMAIL", EMAIL, "JIRA_API_TOKEN", TOKEN)
                : Map.of("JIRA_PAT", TOKEN);
    }

    @Override
    TicketTracker tracker(Map<String, String> env, HttpSettings settings) {
        return TicketTrackers.jira(env, Optional.of(server.baseUrl()), Optional.of("SEC"), "Task", "Done",
                Optional.of(deployment), settings);
    }

    @Override
    String createPath() {
        return rest() + "/issue";
    }

    @Override
    String createdAnswer(int n) {
        return "{\"id\":\"" + (10000 + n) + "\",\"key\":\"SEC-" + n + "\",\"self\":\"x\"}";
    }

    private String item(Held t) {
        return "{\"id\":\"" + (10000 + Integer.parseInt(t.id.substring(4))) + "\",\"key\":\"" + t.id
                + "\",\"fields\":{\"labels\":[\"tmj\",\"tmj-" + t.fingerprint + "\"],\"status\":{\"name\":\""
                + (t.open ? "To Do" : "Done") + "\",\"statusCategory\":{\"key\":\"" + (t.open ? "new" : "done")
                + "\"}}}}";
    }

    @Override
    void serveRest() {
        List<List<Held>> pages = pages(tickets);
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder items = new StringBuilder();
            for (Held t : pages.get(i)) {
                items.append(items.length() > 0 ? "," : "").append(item(t));
            }
            boolean last = i + 1 == pages.size();
            if (deployment == JiraDeployment.CLOUD) {
                server.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql"))
                        .withQueryParam("jql", equalTo("project = \"SEC\" AND labels = \"tmj\" ORDER BY key ASC"))
                        .withQueryParam("nextPageToken", i == 0 ? absent() : equalTo("page" + (i + 1)))
                        .willReturn(okJson("{\"issues\":[" + items + "]," + (last ? "\"isLast\":true}"
                                : "\"nextPageToken\":\"page" + (i + 2) + "\",\"isLast\":false}"))));
            } else {
                server.stubFor(get(urlPathEqualTo("/rest/api/2/search"))
                        .withQueryParam("startAt", equalTo(String.valueOf(i * PAGE)))
                        .willReturn(okJson("{\"startAt\":" + (i * PAGE) + ",\"maxResults\":" + PAGE + ",\"total\":"
                                + tickets.size() + ",\"issues\":[" + items + "]}")));
            }
        }
        server.stubFor(post(urlPathMatching(rest() + "/issue/SEC-[0-9]+/comment")).willReturn(aResponse()
                .withStatus(201).withBody("{\"id\":\"1\"}")));
        for (Held t : tickets) {
            server.stubFor(get(urlPathEqualTo(rest() + "/issue/" + t.id + "/transitions")).willReturn(okJson(
                    t.open ? "{\"transitions\":[{\"id\":\"21\",\"name\":\"In Progress\",\"to\":{\"statusCategory\":"
                            + "{\"key\":\"indeterminate\"}}},{\"id\":\"31\",\"name\":\"Done\",\"to\":"
                            + "{\"statusCategory\":{\"key\":\"done\"}}}]}"
                            : "{\"transitions\":[{\"id\":\"11\",\"name\":\"Reopen\",\"to\":{\"statusCategory\":"
                            + "{\"key\":\"new\"}}}]}")));
        }
        server.stubFor(post(urlPathMatching(rest() + "/issue/SEC-[0-9]+/transitions")).willReturn(aResponse()
                .withStatus(204)));
    }

    @Override
    void absorb(ServeEvent e) {
        String url = e.getRequest().getUrl();
        String method = e.getRequest().getMethod().getName();
        Object body = method.equals("GET") ? null : json(e.getRequest().getBodyAsString());
        if (method.equals("POST") && url.equals(createPath())) {
            String key = JsonTreeReader.text(json(e.getResponse().getBodyAsString()), "key").orElseThrow();
            String fp = JsonTreeReader.list(JsonTreeReader.object(body, "fields"), "labels").stream()
                    .map(String::valueOf).filter(l -> l.startsWith("tmj-")).findFirst().orElseThrow().substring(4);
            tickets.add(new Held(key, fp));
        } else if (method.equals("POST") && url.endsWith("/comment")) {
            Object comment = JsonTreeReader.object(body, "body");
            comments.add(deployment == JiraDeployment.CLOUD ? adfText(comment)
                    : JsonTreeReader.text(body, "body").orElseThrow());
        } else if (method.equals("POST") && url.endsWith("/transitions")) {
            Held t = tickets.stream().filter(h -> url.equals(rest() + "/issue/" + h.id + "/transitions"))
                    .findFirst().orElseThrow();
            String id = JsonTreeReader.text(JsonTreeReader.object(body, "transition"), "id").orElseThrow();
            t.open = id.equals("11");
            if (!t.open) {
                closeBodies.add(e.getRequest().getBodyAsString());
            }
        }
    }

    /** The texts of an ADF document, paragraphs joined by blank lines. */
    static String adfText(Object doc) {
        StringBuilder out = new StringBuilder();
        for (Object block : JsonTreeReader.list(doc, "content")) {
            StringBuilder p = new StringBuilder();
            for (Object text : JsonTreeReader.list(block, "content")) {
                p.append(JsonTreeReader.text(text, "text").orElse(""));
            }
            out.append(out.length() > 0 ? "\n\n" : "").append(p);
        }
        return out.toString();
    }
}
