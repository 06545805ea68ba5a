package dev.tmj.ticket;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpApi;
import dev.tmj.http.HttpSettings;
import dev.tmj.http.NextPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitLab issues (REST v4): tmj's issues carry the label {@code threat-model} and the description line
 * {@code <!-- tmj:<fingerprint> -->}. Lists {@code GET /projects/:id/issues?labels=threat-model&scope=all} (pages
 * by {@code X-Next-Page}), creates with {@code POST /projects/:id/issues}, comments with {@code POST
 * …/issues/:iid/notes}, closes and reopens with {@code PUT …/issues/:iid} and {@code state_event}. The token
 * ({@code PRIVATE-TOKEN}) needs the {@code api} scope.
 */
final class GitLabIssues implements TicketTracker {
    static final String SERVICE = "GitLab";

    private final HttpApi api;
    private final String project;

    GitLabIssues(ApiBase base, ApiToken token, String project, HttpSettings settings) {
        this.api = new HttpApi(SERVICE, base, token, "PRIVATE-TOKEN", "", Map.of("Accept", "application/json"),
                "it needs the api scope and at least the Reporter role in the project", settings);
        this.project = project;
    }

    @Override
    public String target() {
        return SERVICE + " project " + project;
    }

    private String issues() {
        return "/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8) + "/issues";
    }

    @Override
    public List<TrackedTicket> tickets() {
        List<TrackedTicket> tickets = new ArrayList<>();
        api.findInPages(api.base().resolve(issues() + "?labels=" + GitHubIssues.LABEL
                        + "&scope=all&order_by=created_at&sort=asc&per_page=100"),
                NextPage.pageNumberHeader("X-Next-Page", "page"), "issues labelled " + GitHubIssues.LABEL
                        + " of project " + project, page -> {
                    for (Object issue : JsonTreeReader.array(JsonTreeReader.read(page.body(), SERVICE,
                            "a list of issues"), SERVICE, "a list of issues")) {
                        Optional<String> fp = JsonTreeReader.text(issue, "description")
                                .flatMap(TicketMarkdown::fingerprintIn);
                        Optional<String> iid = JsonTreeReader.text(issue, "iid");
                        if (fp.isPresent() && iid.isPresent()) {
                            tickets.add(ticket(issue, iid.get(), fp.get()));
                        }
                    }
                    return Optional.empty();
                });
        return tickets;
    }

    private TrackedTicket ticket(Object issue, String iid, String fingerprint) {
        boolean open = !JsonTreeReader.text(issue, "state").map("closed"::equals).orElse(false);
        String url = JsonTreeReader.text(issue, "web_url").orElse(api.base().resolve(issues() + "/" + iid)
                .toString());
        return new TrackedTicket("#" + iid, iid, fingerprint, open, url);
    }

    @Override
    public TrackedTicket create(TicketContent content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", content.title());
        body.put("description", TicketMarkdown.body(content));
        body.put("labels", GitHubIssues.LABEL);
        Object created = JsonTreeReader.read(api.post(api.base().resolve(issues()), JsonTreeWriter.write(body),
                "project " + project).body(), SERVICE, "an issue");
        String iid = JsonTreeReader.text(created, "iid").filter(n -> n.matches("[0-9]{1,19}"))
                .orElseThrow(() -> JsonTreeReader.unreadable(SERVICE, "an issue with an iid", null));
        return ticket(created, iid, content.fingerprint());
    }

    @Override
    public void comment(TrackedTicket ticket, TicketNote note) {
        api.post(api.base().resolve(issues() + "/" + ticket.id() + "/notes"),
                JsonTreeWriter.write(Map.of("body", TicketMarkdown.note(note))), what(ticket));
    }

    @Override
    public void close(TrackedTicket ticket, CloseReason reason) {
        api.put(api.base().resolve(issues() + "/" + ticket.id()), JsonTreeWriter.write(Map.of("state_event",
                "close")), what(ticket));
    }

    @Override
    public void reopen(TrackedTicket ticket) {
        api.put(api.base().resolve(issues() + "/" + ticket.id()), JsonTreeWriter.write(Map.of("state_event",
                "reopen")), what(ticket));
    }

    private String what(TrackedTicket ticket) {
        return "issue " + ticket.key() + " of project " + project;
    }
}
