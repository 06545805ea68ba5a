package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tmj.http.HttpSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GitLab issues of project group/app (path-encoded in URLs), pages by X-Next-Page. */
final class GitLabDouble extends TrackerDouble {
    static final String ISSUES = "/api/v4/projects/group%2Fapp/issues";

    GitLabDouble(WireMockExtension server) {
        super(server);
    }

    @Override
    String name() {
        return "GitLab";
    }

    @Override
    Map<String, String> env() {
        return Map.of("GITLAB_TOKEN", TOKEN);
    }

    @Override
    TicketTracker tracker(Map<String, String> env, HttpSettings settings) {
        return TicketTrackers.gitlab(env, Optional.of(server.baseUrl()), Optional.of("group/app"), settings);
    }

    @Override
    String createPath() {
        return ISSUES;
    }

    @Override
    String createdAnswer(int n) {
        return "{\"id\":" + (5000 + n) + ",\"iid\":" + n + ",\"state\":\"opened\",\"web_url\":"
                + "\"https://gitlab.example/group/app/-/issues/" + n + "\"}";
    }

    private String item(Held t) {
        return "{\"id\":" + (5000 + Integer.parseInt(t.id)) + ",\"iid\":" + t.id + ",\"state\":\""
                + (t.open ? "opened" : "closed") + "\",\"web_url\":\"https://gitlab.example/group/app/-/issues/" + t.id
                + "\",\"labels\":[\"threat-model\"],\"description\":" + quote(TicketMarkdown.marker(t.fingerprint)
                + "\nbody") + "}";
    }

    @Override
    void serveRest() {
        List<List<Held>> pages = pages(tickets);
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder body = new StringBuilder("[");
            for (Held t : pages.get(i)) {
                body.append(body.length() > 1 ? "," : "").append(item(t));
            }
            var answer = okJson(body.append("]").toString()).withHeader("X-Next-Page",
                    i + 1 < pages.size() ? String.valueOf(i + 2) : "");
            server.stubFor(get(urlPathEqualTo(ISSUES)).withQueryParam("labels", equalTo("threat-model"))
                    .withQueryParam("page", i == 0 ? absent() : equalTo(String.valueOf(i + 1))).willReturn(answer));
        }
        server.stubFor(post(urlPathMatching(ISSUES + "/[0-9]+/notes")).willReturn(aResponse().withStatus(201)
                .withBody("{\"id\":1}")));
        server.stubFor(put(urlPathMatching(ISSUES + "/[0-9]+")).willReturn(okJson("{\"iid\":1}")));
    }

    @Override
    void absorb(ServeEvent e) {
        String url = e.getRequest().getUrl();
        String method = e.getRequest().getMethod().getName();
        Object body = method.equals("GET") ? null : json(e.getRequest().getBodyAsString());
        if (method.equals("POST") && url.equals(ISSUES)) {
            String iid = JsonTreeReader.text(json(e.getResponse().getBodyAsString()), "iid").orElseThrow();
            String fp = TicketMarkdown.fingerprintIn(JsonTreeReader.text(body, "description").orElseThrow())
                    .orElseThrow();
            tickets.add(new Held(iid, fp));
        } else if (method.equals("POST") && url.endsWith("/notes")) {
            comments.add(JsonTreeReader.text(body, "body").orElseThrow());
        } else if (method.equals("PUT")) {
            Held t = tickets.stream().filter(h -> url.equals(ISSUES + "/" + h.id)).findFirst().orElseThrow();
            t.open = JsonTreeReader.text(body, "state_event").orElseThrow().equals("reopen");
            if (!t.open) {
                closeBodies.add(e.getRequest().getBodyAsString());
            }
        }
    }
}
