package dev.tmj.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextPageTest {
    private static ApiResponse answer(String uri, Map<String, List<String>> headers) {
        return new ApiResponse(URI.create(uri), 200, HttpHeaders.of(headers, (a, b) -> true), "[]");
    }

    @Test
    void should_find_the_next_link_among_others_in_githubs_link_header() {
        ApiResponse page = answer("https://api.github.com/r", Map.of("Link", List.of(
                "<https://api.github.com/repositories/1/issues/7/comments?page=1>; rel=\"prev\", "
                        + "<https://api.github.com/repositories/1/issues/7/comments?page=3>; rel=\"next\", "
                        + "<https://api.github.com/repositories/1/issues/7/comments?page=5>; rel=\"last\"")));

        assertThat(NextPage.linkHeader().after(page))
                .contains(URI.create("https://api.github.com/repositories/1/issues/7/comments?page=3"));
    }

    @Test
    void should_end_on_the_last_page() {
        assertThat(NextPage.linkHeader().after(answer("https://x/r", Map.of("Link",
                List.of("<https://x/r?page=1>; rel=\"first\", <https://x/r?page=1>; rel=\"prev\""))))).isEmpty();
        assertThat(NextPage.linkHeader().after(answer("https://x/r", Map.of()))).isEmpty();
    }

    @Test
    void should_set_gitlabs_page_parameter_from_x_next_page() {
        NextPage next = NextPage.pageNumberHeader("X-Next-Page", "page");

        assertThat(next.after(answer("https://gl/api/v4/notes?sort=asc&page=2&per_page=100",
                Map.of("X-Next-Page", List.of("3"))))).contains(URI.create("https://gl/api/v4/notes?sort=asc&per_page=100&page=3"));
        assertThat(next.after(answer("https://gl/api/v4/notes?per_page=100", Map.of("X-Next-Page", List.of("")))))
                .isEqualTo(Optional.empty());
        assertThat(next.after(answer("https://gl/n", Map.of("X-Next-Page", List.of("3&x=1"))))).isEmpty();
    }
}
