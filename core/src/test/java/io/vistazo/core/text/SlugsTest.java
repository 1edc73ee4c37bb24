package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlugsTest {

    static Stream<Arguments> titles() {
        return Stream.of(
                arguments("Badgers animated music video MrWeebl", "Badgers-animated-music-video-MrWeebl"),
                arguments("Hola señor ¿qué tal?", "Hola-se%C3%B1or-%C2%BFqu%C3%A9-tal"),
                arguments("Tom & Jerry's \"best\" day!", "Tom-Jerrys-best-day"),
                arguments("a\\b/c~d", "abcd"),
                arguments("a - b -- c", "a-b-c"),
                arguments("  leading and trailing  ", "leading-and-trailing"),
                arguments("-dashes-", "dashes"),
                arguments("tab\tand\nnewline", "tab-and-newline"),
                arguments("file.name.v2", "file.name.v2"),
                arguments("under_score", "under_score"),
                arguments("100% pure", "100%25-pure"),
                arguments("a+b=c;d", "a%2Bb%3Dc%3Bd"),
                arguments("no\u00a0break", "no%C2%A0break"),
                arguments("日本", "%E6%97%A5%E6%9C%AC"),
                arguments("smile 😀", "smile-%F0%9F%98%80"),
                arguments("<b>Bold</b> move", "Bold-move"),
                arguments("<a href=\"x\">link</a>", "link"),
                arguments("a < b", "a-"),
                arguments("?!&", ""),
                arguments("", ""));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void slugsATitleLikeChevereto(String title, String slug) {
        assertThat(Slugs.fromTitle(title)).isEqualTo(slug);
    }

    @Test
    void slugsNullAsEmpty() {
        assertThat(Slugs.fromTitle(null)).isEmpty();
    }
}
