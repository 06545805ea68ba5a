package dev.tmj.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.python.Token.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indentation with tabs follows Python 3: a block's indentation must compare the same way whether a tab counts as
 * eight columns or as one, else the meaning would depend on the editor's tab width (CPython's TabError).
 */
class LexerIndentationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "if x:\n\ty = 1\n        z = 2\n",      // a tab, then eight spaces: equal with tab width 8, not with 1
        "if x:\n        y = 1\n\tz = 2\n",      // the same the other way round
        "if x:\n  if y:\n\t z = 1\n",           // deeper with tab width 8 (9 > 2), not with width 1 (2)
        "if x:\n    y = 1\n\tz = 2\n",          // deeper with width 8 (8 > 4), shallower with width 1
        "if x:\n\t\ty = 1\n\t        z = 2\n"}) // two tabs against a tab and eight spaces
    void should_refuse_indentation_whose_meaning_depends_on_the_tab_width(String source) {
        assertThatThrownBy(() -> Lexer.tokenize(source))
                .isInstanceOf(PythonSyntaxException.class)
                .hasMessageContaining("inconsistent use of tabs and spaces in indentation")
                .satisfies(e -> assertThat(((PythonSyntaxException) e).line()).isEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "if x:\n\ty = 1\n\tz = 2\n",
        "if x:\n    if y:\n\t    z = 1\n",
        "if x:\n\tif y:\n\t    z = 1\n\tw = 2\n",
        "if x:\n    y = 1\n    z = 2\n"})
    void should_accept_indentation_that_means_the_same_with_any_tab_width(String source) {
        assertThat(Lexer.tokenize(source)).extracting(Token::kind).contains(Kind.INDENT, Kind.DEDENT);
    }
}
