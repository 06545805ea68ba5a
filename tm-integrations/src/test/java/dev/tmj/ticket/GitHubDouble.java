package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tmj.http.HttpSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GitHub Issues with the repository octo/app; every list also holds a pull request carrying a marker. */
final class GitHubDouble extends TrackerDouble {
    static final String ISSUES = "/repos/octo/app/issues";

    GitHubDouble(WireMockExtension server) {
        super(server);
    }

    @Override
    String name() {
        return "GitHub";
    }

    @Override
    Map<String, String> env() {
        return Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_REPOSITORY", "octo/app");
    }

    @Override
    TicketTracker tracker(Map<String, String> env, HttpSettings settings) {
        return TicketTrackers.github(env, Optional.empty(), Optional.of(server.baseUrl()), settings);
    }

    @Override
    String createPath() {
        return ISSUES;
    }

    @Override
    String createdAnswer(int n) {
        return "{\"number\":" + n + ",\"state\":\"open\",\"html_url\":\"https://github.com/octo/app/issues/" + n
                + "\",\"body\":\"ignored\"}";
    }

    private String item(Held t) {
        return "{\"number\":" + t.id + ",\"state\":\"" + (t.open ? "open" : "closed") + "\",\"html_url\":"
                + "\"https://github.com/octo/app/issues/" + t.id + "\",\"labels\":[{\"name\":\"threat-model\"}],"
                + "\"body\":" + quote("Intro\n" + TicketMarkdown.marker(t.fingerprint) + "\nmore") + "}";
    }

    /** A pull request that mentions a finding's marker: never a ticket. */
    private String pullRequest() {
        String fp = tickets.isEmpty() ? "0123456789abcdef" : tickets.get(0).fingerprint;
        return "{\"number\":900,\"state\":\"open\",\"pull_request\":{\"url\":\"x\"},\"body\":"
                + quote(TicketMarkdown.marker(fp)) + "}";
    }

    @Override
    void serveRest() {
        List<List<Held>> pages = pages(tickets);
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder body = new StringBuilder("[");
            if (i == 0) {
                body.append(pullRequest());
            }
            for (Held t : pages.get(i)) {
                body.append(body.length() > 1 ? "," : "").append(item(t));
            }
            body.append("]");
            var answer = okJson(body.toString());
            if (i + 1 < pages.size()) {
                answer = answer.withHeader("Link", "<" + server.baseUrl() + ISSUES + "?labels=threat-model&state=all"
                        + "&per_page=100&page=" + (i + 2) + ">; rel=\"next\"");
            }
            server.stubFor(get(urlPathEqualTo(ISSUES)).withQueryParam("labels", equalTo("threat-model"))
                    .withQueryParam("state", equalTo("all"))
                    .withQueryParam("page", i == 0 ? absent() : equalTo(String.valueOf(i + 1))).willReturn(answer));
        }
        server.stubFor(post(urlPathMatching(ISSUES + "/[0-9]+/comments")).willReturn(aResponse().withStatus(201)
                .withBody("{\"id\":1}")));
        server.stubFor(patch(urlPathMatching(ISSUES + "/[0-9]+")).willReturn(okJson("{\"number\":1}")));
    }

    @Override
    void absorb(ServeEvent e) {
        String url = e.getRequest().getUrl();
        String method = e.getRequest().getMethod().getName();
        Object body = method.equals("GET") ? null : json(e.getRequest().getBodyAsString());
        if (method.equals("POST") && url.equals(ISSUES)) {
            String number = JsonTreeReader.text(json(e.getResponse().getBodyAsString()), "number").orElseThrow();
            String fp = TicketMarkdown.fingerprintIn(JsonTreeReader.text(body, "body").orElseThrow()).orElseThrow();
            tickets.add(new Held(number, fp));
        } else if (method.equals("POST") && url.endsWith("/comments")) {
            comments.add(JsonTreeReader.text(body, "body").orElseThrow());
        } else if (method.equals("PATCH")) {
            Held t = tickets.stream().filter(h -> url.equals(ISSUES + "/" + h.id)).findFirst().orElseThrow();
            t.open = JsonTreeReader.text(body, "state").orElseThrow().equals("open");
            if (!t.open) {
                closeBodies.add(e.getRequest().getBodyAsString());
            }
        }
    }
}
