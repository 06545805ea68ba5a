package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tmj.http.HttpSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A tracker served by WireMock on loopback, with state: the tickets tmj made. {@link #serve()} answers from the
 * state (the list in pages of two, so paging is always exercised; creates numbered after the last ticket; comments;
 * closes and reopens); {@link #absorb()} reads what tmj sent and got a 2xx answer for back into the state. Between
 * two runs a test calls both, so the second run lists exactly what the first one created.
 */
abstract class TrackerDouble {
    /** A token no output may ever contain. */
    static final String TOKEN = "tmjTESTtoken0that0must0never0be0printed";
    static final String EMAIL = "sync-bot@example.com";
    static final int PAGE = 2;

    /** Quick settings: short timeouts, no real pause (the sleeper records), three attempts. */
    static HttpSettings settings(List<Duration> pauses) {
        return HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withSleeper(pauses::add, java.time.Clock.systemUTC());
    }

    /** A ticket the tracker holds. */
    static final class Held {
        final String id;
        final String fingerprint;
        boolean open = true;

        Held(String id, String fingerprint) {
            this.id = id;
            this.fingerprint = fingerprint;
        }
    }

    final WireMockExtension server;
    final List<Held> tickets = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    final List<String> closeBodies = new ArrayList<>();
    private int created;

    TrackerDouble(WireMockExtension server) {
        this.server = server;
    }

    abstract String name();

    @Override
    public String toString() {
        return name();
    }

    abstract TicketTracker tracker(Map<String, String> env, HttpSettings settings);

    /** The environment with the token(s). */
    abstract Map<String, String> env();

    /** The path creates are posted to. */
    abstract String createPath();

    /** The answer to the create numbered {@code n} (1, 2 ...). */
    abstract String createdAnswer(int n);

    /** Stubs the list, comments, closes and reopens from the state. */
    abstract void serveRest();

    /**
     * Reads one request that got a 2xx answer into the state: a create (returns the new ticket), a comment, a
     * close or a reopen.
     */
    abstract void absorb(ServeEvent event);

    final void serve() {
        server.resetAll();
        int next = tickets.stream().mapToInt(t -> Integer.parseInt(t.id.replaceAll("[^0-9]", ""))).max().orElse(0);
        for (int i = 0; i < 20; i++) {
            int n = next + i + 1;
            server.stubFor(post(urlEqualTo(createPath())).inScenario("create")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "created " + i)
                    .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                            .withBody(createdAnswer(n))).willSetStateTo("created " + (i + 1)));
        }
        serveRest();
    }

    final void absorb() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        for (ServeEvent e : events) {
            int status = e.getResponse().getStatus();
            if (status >= 200 && status < 300) {
                if (e.getRequest().getMethod().getName().equals("POST") && e.getRequest().getUrl().equals(createPath())) {
                    created++;
                }
                absorb(e);
            }
        }
    }

    /** How many tickets were created since the double was made (over all runs absorbed). */
    final int created() {
        return created;
    }

    final Held ticket(String fingerprint) {
        return tickets.stream().filter(t -> t.fingerprint.equals(fingerprint)).findFirst().orElseThrow();
    }

    /** Pages of two: page {@code i} (0-based) of the tickets as {@code item}s. */
    static List<List<Held>> pages(List<Held> all) {
        List<List<Held>> pages = new ArrayList<>();
        for (int i = 0; i < all.size(); i += PAGE) {
            pages.add(all.subList(i, Math.min(all.size(), i + PAGE)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    static String join(List<Held> tickets, IntFunction<String> itemAt, List<Held> all) {
        List<String> items = new ArrayList<>();
        for (Held t : tickets) {
            items.add(itemAt.apply(all.indexOf(t)));
        }
        return "[" + String.join(",", items) + "]";
    }

    static Object json(String body) {
        return JsonTreeReader.read(body, "test", "JSON");
    }

    static String quote(String text) {
        return JsonTreeWriter.write(text);
    }
}
