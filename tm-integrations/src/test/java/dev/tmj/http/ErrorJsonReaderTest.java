package dev.tmj.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorJsonReaderTest {
    @Test
    void should_join_githubs_message_and_the_messages_of_its_errors() {
        assertThat(ErrorJsonReader.message("{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue"
                + "Comment\",\"code\":\"custom\",\"field\":\"body\",\"message\":\"Body is too long\"},\"plain\"],"
                + "\"documentation_url\":\"https://docs.github.com\"}"))
                .contains("Validation Failed; Body is too long; plain");
    }

    @Test
    void should_name_the_field_of_gitlabs_field_errors() {
        assertThat(ErrorJsonReader.message("{\"message\":{\"note\":[\"can't be blank\",\"is too long\"]}}"))
                .contains("note can't be blank; note is too long");
        assertThat(ErrorJsonReader.message("{\"error\":\"insufficient_scope\",\"error_description\":\"needs api\"}"))
                .contains("insufficient_scope; needs api");
    }

    @Test
    void should_read_jiras_error_messages_and_field_errors() {
        assertThat(ErrorJsonReader.message("{\"errorMessages\":[\"The requested API has been removed.\"],"
                + "\"errors\":{\"description\":\"Operation value must be an Atlassian Document\"}}"))
                .contains("The requested API has been removed.; description Operation value must be an Atlassian "
                        + "Document");
    }

    @Test
    void should_give_nothing_for_a_body_that_is_not_a_json_object() {
        assertThat(ErrorJsonReader.message("<html><body>502 Bad Gateway</body></html>")).isEmpty();
        assertThat(ErrorJsonReader.message("[\"x\"]")).isEmpty();
        assertThat(ErrorJsonReader.message("")).isEmpty();
        assertThat(ErrorJsonReader.message("{\"documentation_url\":\"https://x\"}")).isEmpty();
    }
}
