package io.vistazo.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Choosing the page language from {@code Accept-Language}. */
class LanguageTest {

    @Test
    void theMostPreferredSupportedLanguageWins() {
        assertThat(Language.negotiate("es-MX,es;q=0.9,en;q=0.8")).isEqualTo(Language.ES);
        assertThat(Language.negotiate("fr-FR, es;q=0.5, en;q=0.4")).isEqualTo(Language.ES);
        assertThat(Language.negotiate("en-GB,en;q=0.9,es;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("de, es;q=0")).isEqualTo(Language.EN);
    }

    @Test
    void anythingElseIsEnglish() {
        assertThat(Language.negotiate(null)).isEqualTo(Language.EN);
        assertThat(Language.negotiate("")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("*")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("fr, de")).isEqualTo(Language.EN);
        assertThat(Language.negotiate(";;;q=x,")).isEqualTo(Language.EN);
    }

    @Test
    void tagsAreMatchedExactlyIgnoringCase() {
        assertThat(Language.ofTag("ES")).contains(Language.ES);
        assertThat(Language.ofTag(" en ")).contains(Language.EN);
        assertThat(Language.ofTag("es-MX")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
    }
}
