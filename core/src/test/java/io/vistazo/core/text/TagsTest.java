package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TagsTest {

    static Stream<Arguments> values() {
        return Stream.of(
                arguments("cats, dogs", List.of("cats", "dogs")),
                arguments("  cats  ,dogs ,  ", List.of("cats", "dogs")),
                arguments("big   \t black\n cat", List.of("big black cat")),
                arguments("a, b, a, c, b", List.of("a", "b", "c")),
                arguments("Cat, cat", List.of("Cat", "cat")),
                arguments(",,, ,", List.of()),
                arguments("", List.of()),
                arguments("x".repeat(32) + ", ok", List.of("x".repeat(32), "ok")),
                arguments("ñ".repeat(32), List.of("ñ".repeat(32))),
                arguments("a/b, #hash, c", List.of("c")),
                arguments("///, ##, /, #, fine", List.of("fine")),
                arguments("señor, 日本, 😀", List.of("señor", "日本", "😀")));
    }

    @ParameterizedTest
    @MethodSource("values")
    void keepsValidTagsInFirstSeenOrder(String value, List<String> tags) {
        assertThat(Tags.parse(value)).containsExactlyElementsOf(tags);
    }

    @Test
    void refusesATagThatIsTooLongInsteadOfDroppingIt() {
        assertThatThrownBy(() -> Tags.parse("x".repeat(33) + ", ok")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tags are at most 32 characters long: " + "x".repeat(32) + "…");
        assertThatThrownBy(() -> Tags.parse("ñ".repeat(10_000))).hasMessageStartingWith("Tags are at most 32");
    }

    @Test
    void refusesMoreTagsThanOneMediaMayHave() {
        String hundred = String.join(",", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "t" + i).toList());
        assertThat(Tags.parse(hundred)).hasSize(100);
        assertThat(Tags.parse(hundred + ", t0, t1")).as("repeats count once").hasSize(100);
        assertThatThrownBy(() -> Tags.parse(hundred + ", one more"))
                .hasMessage("A media may have at most 100 tags, not 101");
    }

    @Test
    void parsesNullAsNoTags() {
        assertThat(Tags.parse(null)).isEmpty();
    }
}
