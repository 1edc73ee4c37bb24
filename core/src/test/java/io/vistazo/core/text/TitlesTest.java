package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TitlesTest {

    static Stream<Arguments> titlesAndCaps() {
        return Stream.of(
                arguments("short", "short"),
                arguments("x".repeat(100), "x".repeat(100)),
                arguments("x".repeat(101), "x".repeat(100)),
                arguments("ñ".repeat(150), "ñ".repeat(100)),
                arguments("😀".repeat(150), "😀".repeat(100)),
                arguments("", ""));
    }

    @ParameterizedTest
    @MethodSource("titlesAndCaps")
    void capsAt100CodePoints(String title, String capped) {
        assertThat(Titles.cap(title)).isEqualTo(capped);
    }

    static Stream<Arguments> titlesAndTruncations() {
        return Stream.of(
                arguments("Badgers animated music video MrWeebl", "Badgers animated music vi..."),
                arguments("exactly twenty-eight chars!!", "exactly twenty-eight chars!!"),
                arguments("twenty-nine characters long!!", "twenty-nine characters lo..."),
                arguments("the twenty-fifth char is      a space", "the twenty-fifth char is..."),
                arguments("ñ".repeat(28), "ñ".repeat(28)),
                arguments("😀".repeat(29), "😀".repeat(25) + "..."),
                arguments("", ""));
    }

    @ParameterizedTest
    @MethodSource("titlesAndTruncations")
    void truncatesAbove28CodePoints(String title, String truncated) {
        assertThat(Titles.truncate(title)).isEqualTo(truncated);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain text                  | plain text",
        "Tom & Jerry                 | Tom &amp; Jerry",
        "<script>alert(1)</script>   | &lt;script&gt;alert(1)&lt;/script&gt;",
        "say \"hi\"                  | say &quot;hi&quot;",
        "it's                        | it&#039;s",
        "&amp;                       | &amp;amp;",
        "señor 😀                    | señor 😀",
    })
    void escapesHtml(String text, String escaped) {
        assertThat(Titles.escapeHtml(text)).isEqualTo(escaped);
    }

    @Test
    void passesNullThrough() {
        assertThat(Titles.cap(null)).isNull();
        assertThat(Titles.truncate(null)).isNull();
        assertThat(Titles.escapeHtml(null)).isNull();
    }
}
