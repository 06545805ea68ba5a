package dev.tmj.ticket;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiException;
import dev.tmj.http.ApiResponse;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpApi;
import dev.tmj.http.HttpSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Jira issues: tmj's carry the labels {@code tmj} and {@code tmj-<fingerprint>}. Jira Cloud speaks REST v3 with
 * Atlassian Document Format descriptions and comments, and finds them with {@code GET /rest/api/3/search/jql}
 * (pages by {@code nextPageToken}; the old {@code /search} answers 410 there); Jira Data Center speaks REST v2 with
 * plain-text descriptions and {@code GET /rest/api/2/search} (pages by {@code startAt}). A ticket is closed or
 * reopened by a transition found by name at run time ({@code GET …/transitions}), since transition ids differ from
 * workflow to workflow.
 */
final class JiraIssues implements TicketTracker {
    static final String SERVICE = "Jira";
    static final String LABEL = "tmj";
    private static final int PAGE = 100;

    private final HttpApi api;
    private final JiraDeployment deployment;
    private final String project;
    private final String issueType;
    private final String doneTransition;

    JiraIssues(ApiBase base, ApiToken token, boolean bearer, JiraDeployment deployment, String project,
            String issueType, String doneTransition, HttpSettings settings) {
        this.api = new HttpApi(SERVICE, base, token, "Authorization", bearer ? "Bearer " : "Basic ",
                Map.of("Accept", "application/json"), "the account needs the Browse, Create, Add Comments and "
                        + "Transition Issues permissions in project " + project, settings);
        this.deployment = deployment;
        this.project = project;
        this.issueType = issueType;
        this.doneTransition = doneTransition;
    }

    @Override
    public String target() {
        return SERVICE + " project " + project + " at " + api.base();
    }

    private String rest() {
        return deployment == JiraDeployment.CLOUD ? "/rest/api/3" : "/rest/api/2";
    }

    @Override
    public List<TrackedTicket> tickets() {
        String jql = "project = \"" + project + "\" AND labels = \"" + LABEL + "\" ORDER BY key ASC";
        String search = (deployment == JiraDeployment.CLOUD ? "/rest/api/3/search/jql" : "/rest/api/2/search")
                + "?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8) + "&fields=labels,status&maxResults="
                + PAGE;
        URI first = api.base().resolve(search + (deployment == JiraDeployment.CLOUD ? "" : "&startAt=0"));
        List<TrackedTicket> tickets = new ArrayList<>();
        api.findInPages(first, page -> next(page, search), "issues labelled " + LABEL + " in project " + project,
                page -> {
                    Object answer = JsonTreeReader.read(page.body(), SERVICE, "search results");
                    for (Object issue : JsonTreeReader.list(answer, "issues")) {
                        ticket(issue).ifPresent(tickets::add);
                    }
                    return Optional.empty();
                });
        return tickets;
    }

    /** Cloud: {@code nextPageToken} until {@code isLast}; Data Center: {@code startAt} until {@code total}. */
    private Optional<URI> next(ApiResponse page, String search) {
        Object answer = JsonTreeReader.read(page.body(), SERVICE, "search results");
        if (deployment == JiraDeployment.CLOUD) {
            Optional<String> token = JsonTreeReader.text(answer, "nextPageToken").filter(t -> !t.isEmpty());
            if (JsonTreeReader.text(answer, "isLast").map("true"::equals).orElse(token.isEmpty()) || token.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(api.base().resolve(search + "&nextPageToken="
                    + URLEncoder.encode(token.get(), StandardCharsets.UTF_8)));
        }
        long startAt = number(answer, "startAt");
        long total = number(answer, "total");
        long after = startAt + JsonTreeReader.list(answer, "issues").size();
        return after >= total || after == startAt ? Optional.empty()
                : Optional.of(api.base().resolve(search + "&startAt=" + after));
    }

    private static long number(Object node, String field) {
        return JsonTreeReader.text(node, field).filter(t -> t.matches("[0-9]{1,18}")).map(Long::parseLong).orElse(0L);
    }

    private Optional<TrackedTicket> ticket(Object issue) {
        Optional<String> key = JsonTreeReader.text(issue, "key");
        Map<String, Object> fields = JsonTreeReader.object(issue, "fields");
        Optional<String> fp = JsonTreeReader.list(fields, "labels").stream().map(String::valueOf)
                .filter(l -> l.matches("tmj-[0-9a-f]{16}")).map(l -> l.substring(4)).findFirst();
        if (key.isEmpty() || fp.isEmpty()) {
            return Optional.empty();
        }
        String category = JsonTreeReader.text(JsonTreeReader.object(JsonTreeReader.object(fields, "status"),
                "statusCategory"), "key").orElse("");
        return Optional.of(ticket(key.get(), fp.get(), !category.equals("done")));
    }

    private TrackedTicket ticket(String key, String fingerprint, boolean open) {
        return new TrackedTicket(key, key, fingerprint, open, api.base().resolve("/browse/" + key).toString());
    }

    @Override
    public TrackedTicket create(TicketContent content) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", project));
        fields.put("summary", content.title());
        fields.put("issuetype", Map.of("name", issueType));
        fields.put("labels", List.of(LABEL, LABEL + "-" + content.fingerprint()));
        fields.put("description", deployment == JiraDeployment.CLOUD ? AdfDocument.body(content)
                : TicketWikiText.body(content));
        Object created = JsonTreeReader.read(api.post(api.base().resolve(rest() + "/issue"),
                JsonTreeWriter.write(Map.of("fields", fields)), "project " + project).body(), SERVICE, "an issue");
        String key = JsonTreeReader.text(created, "key").filter(k -> k.matches("[A-Z][A-Z0-9_]*-[0-9]{1,18}"))
                .orElseThrow(() -> JsonTreeReader.unreadable(SERVICE, "an issue with a key", null));
        return ticket(key, content.fingerprint(), true);
    }

    @Override
    public void comment(TrackedTicket ticket, TicketNote note) {
        Object body = deployment == JiraDeployment.CLOUD ? AdfDocument.note(note) : TicketWikiText.note(note);
        api.post(api.base().resolve(rest() + "/issue/" + ticket.id() + "/comment"),
                JsonTreeWriter.write(Map.of("body", body)), "issue " + ticket.key());
    }

    @Override
    public void close(TrackedTicket ticket, CloseReason reason) {
        transition(ticket, transitions(ticket).stream()
                .filter(t -> JsonTreeReader.text(t, "name").map(n -> n.equalsIgnoreCase(doneTransition)).orElse(false))
                .findFirst(), "named '" + doneTransition + "' (--jira-done-transition)");
    }

    /** The transition named like a reopening, else the first that leads out of the "done" category. */
    @Override
    public void reopen(TrackedTicket ticket) {
        List<Object> all = transitions(ticket);
        Optional<Object> named = all.stream().filter(t -> JsonTreeReader.text(t, "name")
                .map(n -> n.toLowerCase(Locale.ROOT).startsWith("reopen")).orElse(false)).findFirst();
        Optional<Object> outOfDone = all.stream().filter(t -> !JsonTreeReader.text(JsonTreeReader.object(
                JsonTreeReader.object(t, "to"), "statusCategory"), "key").orElse("done").equals("done")).findFirst();
        transition(ticket, named.isPresent() ? named : outOfDone, "that reopens it (named Reopen, or leading to a "
                + "status that is not done)");
    }

    private List<Object> transitions(TrackedTicket ticket) {
        return JsonTreeReader.list(JsonTreeReader.read(api.get(api.base().resolve(rest() + "/issue/" + ticket.id()
                + "/transitions"), "issue " + ticket.key()).body(), SERVICE, "a list of transitions"), "transitions");
    }

    private void transition(TrackedTicket ticket, Optional<Object> found, String wanted) {
        if (found.isEmpty() || JsonTreeReader.text(found.get(), "id").isEmpty()) {
            throw new ApiException(SERVICE + " offers no transition " + wanted + " for issue " + ticket.key()
                    + " in its workflow", 0, null);
        }
        api.post(api.base().resolve(rest() + "/issue/" + ticket.id() + "/transitions"), JsonTreeWriter.write(
                Map.of("transition", Map.of("id", JsonTreeReader.text(found.get(), "id").get()))),
                "issue " + ticket.key());
    }
}
