package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutePatternTest {

    @ParameterizedTest
    @CsvSource({
            "/health, /health, true",
            "/health, /health/, false",
            "/api/{version}/{action}, /api/1/upload, true",
            "/api/{version}/{action}, /api/1/upload/, false",
            "/api/{version}/{action}/, /api/1/upload/, true",
            "/images/{key...}, /images/2024/01/02/a.jpg, true",
            "/images/{key...}, /images, false",
            "/image/{slugId}, /image/a/b, false",
    })
    void matchesWholeSegments(String pattern, String path, boolean matches) {
        assertThat(new RoutePattern(pattern).match(path) != null).isEqualTo(matches);
    }

    @Test
    void decodesEachCapturedSegmentOnce() {
        Map<String, String> params = new RoutePattern("/image/{slugId}").match("/image/Hola-se%C3%B1or%252F.kE");
        assertThat(params).containsEntry("slugId", "Hola-señor%2F.kE");
        assertThat(new RoutePattern("/images/{key...}").match("/images/a%20b/c+d.png"))
                .containsEntry("key", "a b/c+d.png");
    }

    @Test
    void anEncodedSlashStaysInsideItsSegment() {
        assertThat(new RoutePattern("/images/{key...}").match("/images/..%2fvistazo.db"))
                .containsEntry("key", "../vistazo.db");
        assertThat(new RoutePattern("/image/{slugId}").match("/image/a%2Fb")).containsEntry("slugId", "a/b");
    }

    @Test
    void malformedEscapesAreRefused() {
        assertThatThrownBy(() -> new RoutePattern("/image/{slugId}").match("/image/%zz"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTailMustBeLast() {
        assertThatThrownBy(() -> new RoutePattern("/a/{rest...}/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoutePattern("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateRoutesAreRefusedAtBuildTime() {
        Router router = new Router().get("/a", exchange -> { });
        assertThatThrownBy(() -> router.get("/a", exchange -> { })).isInstanceOf(IllegalStateException.class);
    }
}
