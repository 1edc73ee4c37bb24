package io.vistazo.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRoutesTest {

    @Test
    void namesAreTakenAsOneLowerCaseSegmentEach() {
        PageRoutes routes = new PageRoutes(" Foto ", "clip", "coleccion");

        assertThat(routes.of(MediaKind.IMAGE)).isEqualTo("foto");
        assertThat(routes.of(MediaKind.VIDEO)).isEqualTo("clip");
        assertThat(routes.album()).isEqualTo("coleccion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "../x", "img?x", "ímage", "-lead", "with space"})
    void aNameThatIsNotOneSafeSegmentIsRefused(String route) {
        assertThatThrownBy(() -> new PageRoutes(route, "video", "album"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image route");
    }

    @Test
    void twoPagesCannotShareARoute() {
        assertThatThrownBy(() -> new PageRoutes("media", "media", "album"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must differ");
    }
}
