package dev.tmj.ticket;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpApi;
import dev.tmj.http.HttpSettings;
import dev.tmj.http.NextPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Issues (REST): tmj's issues carry the label {@code threat-model} and the body line
 * {@code <!-- tmj:<fingerprint> -->}. Lists {@code GET /repos/{o}/{r}/issues?labels=threat-model&state=all} (pull
 * requests, which the list includes, are skipped), creates with {@code POST /repos/{o}/{r}/issues}, comments on
 * {@code …/issues/{n}/comments}, closes with {@code PATCH …/issues/{n}} and a {@code state_reason}, reopens with
 * {@code {"state": "open"}}. The token needs {@code issues: write}.
 */
final class GitHubIssues implements TicketTracker {
    static final String SERVICE = "GitHub";
    static final String LABEL = "threat-model";

    private final HttpApi api;
    private final String repository;

    GitHubIssues(ApiBase base, ApiToken token, String repository, HttpSettings settings) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", "2022-11-28");
        this.api = new HttpApi(SERVICE, base, token, "Authorization", "Bearer ", headers,
                "it needs issues: write on the repository", settings);
        this.repository = repository;
    }

    @Override
    public String target() {
        return SERVICE + " " + repository;
    }

    private String issues() {
        return "/repos/" + repository + "/issues";
    }

    @Override
    public List<TrackedTicket> tickets() {
        List<TrackedTicket> tickets = new ArrayList<>();
        api.findInPages(api.base().resolve(issues() + "?labels=" + LABEL + "&state=all&per_page=100"),
                NextPage.linkHeader(), "issues labelled " + LABEL + " of " + repository, page -> {
                    for (Object issue : JsonTreeReader.array(JsonTreeReader.read(page.body(), SERVICE,
                            "a list of issues"), SERVICE, "a list of issues")) {
                        if (JsonTreeReader.has(issue, "pull_request")) {
                            continue;
                        }
                        Optional<String> fp = JsonTreeReader.text(issue, "body").flatMap(TicketMarkdown::fingerprintIn);
                        Optional<String> number = JsonTreeReader.text(issue, "number");
                        if (fp.isPresent() && number.isPresent()) {
                            tickets.add(ticket(issue, number.get(), fp.get()));
                        }
                    }
                    return Optional.empty();
                });
        return tickets;
    }

    private TrackedTicket ticket(Object issue, String number, String fingerprint) {
        boolean open = JsonTreeReader.text(issue, "state").map("open"::equals).orElse(true);
        String url = JsonTreeReader.text(issue, "html_url").orElse(api.base().resolve(issues() + "/" + number)
                .toString());
        return new TrackedTicket("#" + number, number, fingerprint, open, url);
    }

    @Override
    public TrackedTicket create(TicketContent content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", content.title());
        body.put("body", TicketMarkdown.body(content));
        body.put("labels", List.of(LABEL));
        Object created = JsonTreeReader.read(api.post(api.base().resolve(issues()), JsonTreeWriter.write(body),
                "repository " + repository).body(), SERVICE, "an issue");
        String number = JsonTreeReader.text(created, "number").filter(n -> n.matches("[0-9]{1,19}"))
                .orElseThrow(() -> JsonTreeReader.unreadable(SERVICE, "an issue with a number", null));
        return ticket(created, number, content.fingerprint());
    }

    @Override
    public void comment(TrackedTicket ticket, TicketNote note) {
        api.post(api.base().resolve(issues() + "/" + ticket.id() + "/comments"),
                JsonTreeWriter.write(Map.of("body", TicketMarkdown.note(note))), what(ticket));
    }

    @Override
    public void close(TrackedTicket ticket, CloseReason reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", "closed");
        body.put("state_reason", reason.gitHubStateReason());
        api.patch(api.base().resolve(issues() + "/" + ticket.id()), JsonTreeWriter.write(body), what(ticket));
    }

    @Override
    public void reopen(TrackedTicket ticket) {
        api.patch(api.base().resolve(issues() + "/" + ticket.id()), JsonTreeWriter.write(Map.of("state", "open")),
                what(ticket));
    }

    private String what(TrackedTicket ticket) {
        return "issue " + ticket.key() + " of " + repository;
    }
}
