package dev.tmj.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiBaseTest {
    @Test
    void should_drop_a_trailing_slash_and_resolve_paths_under_the_base() {
        ApiBase base = ApiBase.parse("https://ghe.example/api/v3/", "GITHUB_API_URL");

        assertThat(base.resolve("/repos/o/r").toString()).isEqualTo("https://ghe.example/api/v3/repos/o/r");
    }

    @Test
    void should_accept_plain_http_only_on_loopback() {
        assertThat(ApiBase.parse("http://127.0.0.1:8080", "x").uri()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(ApiBase.parse("http://localhost:1/api/v4", "x").uri().getPath()).isEqualTo("/api/v4");
        assertThatThrownBy(() -> ApiBase.parse("http://10.0.0.1", "--api-url")).isInstanceOf(ApiSetupException.class)
                .hasMessageStartingWith("--api-url must use https");
    }

    @Test
    void should_refuse_user_info_which_would_be_a_second_credential() {
        assertThatThrownBy(() -> ApiBase.parse("https://user:pw@ghe.example", "--api-url"))
                .hasMessage("--api-url must not carry user info, a query or a fragment");
    }

    @Test
    void should_count_only_the_same_scheme_host_and_port_as_the_same_origin() {
        ApiBase base = ApiBase.parse("https://api.github.com", "x");

        assertThat(base.sameOrigin(URI.create("https://API.github.com:443/repositories/1/issues?page=2"))).isTrue();
        assertThat(base.sameOrigin(URI.create("http://api.github.com/x"))).isFalse();
        assertThat(base.sameOrigin(URI.create("https://api.github.com:8443/x"))).isFalse();
        assertThat(base.sameOrigin(URI.create("https://api.github.com.evil.example/x"))).isFalse();
        assertThat(base.sameOrigin(URI.create("/relative"))).isFalse();
    }
}
