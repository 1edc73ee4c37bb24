package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    private static final String HEX_32 = "[0-9a-f]{32}";

    static Stream<Arguments> namesAndParts() {
        return Stream.of(
                arguments("a/b/c.d.jpg", "c.d", "jpg"),
                arguments("Ñandú señor (1).JPG", "Ñandú señor (1)", "jpg"),
                arguments("C:\\Users\\me\\pic.PnG", "pic", "png"),
                arguments("dir.v1/file", "file", ""),
                arguments("noext", "noext", ""),
                arguments("name.", "name", ""),
                arguments(".htaccess", "", "htaccess"),
                arguments("a/b/", "", ""),
                arguments("", "", ""),
                arguments(null, "", ""));
    }

    @ParameterizedTest
    @MethodSource("namesAndParts")
    void splitsAClientNameIntoStemAndExtension(String filename, String stem, String extension) {
        assertThat(FileNames.stemOf(filename)).isEqualTo(stem);
        assertThat(FileNames.extensionOf(filename)).isEqualTo(extension);
    }

    static Stream<Arguments> stemsAndCleanStems() {
        return Stream.of(
                arguments("Ñandú señor (1)", "Nandu-senor-1"),
                arguments("a.b.c", "a.b.c"),
                arguments("Badgers _ animated music video _ MrWeebl", "Badgers-_-animated-music-video-_-MrWeebl"),
                arguments("  spaced \t  out  ", "spaced-out"),
                arguments("--x--", "x"),
                arguments("crème brûlée", "creme-brulee"),
                arguments("Straße Œuvre Ærø Łódź Đorđe", "Strasse-OEuvre-AEro-Lodz-Dorde"),
                arguments("no\u00a0break", "no-break"),
                arguments("what?*:|<>\"", "what"),
                arguments("日本語 x", "-x"),
                arguments("é".repeat(250), "e".repeat(200)));
    }

    @ParameterizedTest
    @MethodSource("stemsAndCleanStems")
    void cleansLikeChevereto(String stem, String clean) {
        assertThat(FileNames.cleanStem(stem, new SplittableRandom(1))).isEqualTo(clean);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"日本語", "   ", "---", "!!!", "😀"})
    void replacesANameWithNothingLeftBy32RandomHex(String stem) {
        String clean = FileNames.cleanStem(stem, new SplittableRandom(42));

        assertThat(clean).matches(HEX_32).isEqualTo(FileNames.randomHex(32, new SplittableRandom(42)));
    }

    @Test
    void mixesTheStemWith16RandomHex() {
        String mixed = FileNames.mixed("Nandu-senor-1", new SplittableRandom(3));

        assertThat(mixed).matches("Nandu-senor-1[0-9a-f]{16}")
                .endsWith(FileNames.randomHex(16, new SplittableRandom(3)));
    }

    @Test
    void keepsAMixedNameWithinTheStemCapPlusSuffix() {
        assertThat(FileNames.mixed("a".repeat(250), new SplittableRandom(3))).hasSize(216);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 12, 16, 32, 48, 128})
    void drawsTheRequestedNumberOfHexDigits(int n) {
        assertThat(FileNames.randomHex(n, new SplittableRandom(n))).matches("[0-9a-f]{" + n + "}");
    }

    @Test
    void drawsEveryHexDigitAndDependsOnTheGenerator() {
        Set<Character> seen = new HashSet<>();
        FileNames.randomHex(1000, new SplittableRandom(5)).chars().forEach(c -> seen.add((char) c));

        assertThat(seen).hasSize(16);
        assertThat(FileNames.randomHex(32, new SplittableRandom(5)))
                .isNotEqualTo(FileNames.randomHex(32, new SplittableRandom(6)));
    }

    @Test
    void refusesANegativeLength() {
        assertThatThrownBy(() -> FileNames.randomHex(-1, new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "Badgers _ animated music video _ MrWeebl, Badgers animated music video MrWeebl",
        "my-holiday_photo,                         my holiday photo",
        "'  a--b__c  ',                            a b c",
        "_x_,                                      x",
        "---,                                      ''",
        "Café con leche,                           Café con leche",
        "a.b.c,                                    a.b.c",
    })
    void derivesATitleFromAStem(String stem, String title) {
        assertThat(FileNames.titleFromStem(stem)).isEqualTo(title);
    }

    @Test
    void derivesAnEmptyTitleFromNull() {
        assertThat(FileNames.titleFromStem(null)).isEmpty();
    }
}
