package dev.tmj.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Log text is one line that starts no CI workflow command and holds no terminal escape. */
class TerminalTextTest {
    @Test
    void should_escape_control_characters_into_one_line() {
        assertThat(TerminalText.line("a\nb\rc\u001b[31md\u0000e\u007ff\u009bg\u2028h\u202ei\tj"))
                .isEqualTo("a\\nb\\rc\\e[31md\\x00e\\x7ff\\x9bg\\u2028h\\u202ei\tj");
    }

    @Test
    void should_escape_a_workflow_command_at_the_start_of_a_line() {
        assertThat(TerminalText.line("::error file=x::pwned")).isEqualTo("\\x3a:error file=x::pwned");
        assertThat(TerminalText.line("  ::warning::x")).isEqualTo("  \\x3a:warning::x");
        assertThat(TerminalText.line("##vso[task.setvariable]x")).isEqualTo("\\x23#vso[task.setvariable]x");
        assertThat(TerminalText.line("## a heading")).isEqualTo("## a heading");
        assertThat(TerminalText.line("Web::API")).isEqualTo("Web::API");
    }

    @Test
    void should_escape_each_printed_line_and_keep_the_line_breaks() {
        assertThat(TerminalText.lines("ok\n::error::x\n\u001b[2J\n")).isEqualTo("ok\n\\x3a:error::x\n\\e[2J\n");
    }
}
