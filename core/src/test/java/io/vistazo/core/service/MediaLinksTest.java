package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.PageRoutes;
import io.vistazo.core.testing.TestMedia;
import io.vistazo.core.text.IdCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MediaLinksTest {

    private static final String SITE = "https://img.example.org";
    private static final String KEY = "2024/10/10/cat.png";

    private final FakeAlbumRepository albums = new FakeAlbumRepository();
    private final MediaLinks links = new MediaLinks(new IdCodec("0123abcd", 999), PageRoutes.DEFAULTS);

    @Test
    void withoutAPublicHostFilesAreLinkedThroughVistazo() {
        assertThat(links.fileUrl(SITE, TestMedia.aPngWithThumbAndMedium().id(1).storageKey(KEY).build(), KEY))
                .isEqualTo(SITE + "/images/" + KEY);
    }

    @Test
    void mediaEveryoneMaySeeAreLinkedOnThePublicHost() {
        MediaLinks cdn = links.withPublicFiles("https://cdn.example.org/site", albums);
        long open = albums.create(1, "Open", "", AlbumPrivacy.PUBLIC, Instant.EPOCH).id();

        assertThat(cdn.fileUrl(SITE, TestMedia.aPngWithThumbAndMedium().id(1).storageKey(KEY).build(), KEY))
                .isEqualTo("https://cdn.example.org/site/" + KEY);
        assertThat(cdn.fileUrl(SITE, inAlbum(open), KEY)).isEqualTo("https://cdn.example.org/site/" + KEY);
    }

    @Test
    void privateUnlistedAndExpiringMediaKeepVistazoLinks() {
        MediaLinks cdn = links.withPublicFiles("https://cdn.example.org/", albums);
        long hidden = albums.create(1, "Hidden", "", AlbumPrivacy.PRIVATE, Instant.EPOCH).id();
        long unlisted = albums.create(1, "Link only", "", AlbumPrivacy.UNLISTED, Instant.EPOCH).id();

        assertThat(cdn.fileUrl(SITE, inAlbum(hidden), KEY)).isEqualTo(SITE + "/images/" + KEY);
        assertThat(cdn.fileUrl(SITE, inAlbum(unlisted), KEY)).isEqualTo(SITE + "/images/" + KEY);
        assertThat(cdn.fileUrl(SITE, inAlbum(404), KEY)).as("an album that is gone").isEqualTo(SITE + "/images/" + KEY);
        assertThat(cdn.fileUrl(SITE, TestMedia.aPngWithThumbAndMedium().id(1).storageKey(KEY)
                .expiresAt(Instant.parse("2030-01-01T00:00:00Z")).build(), KEY))
                .isEqualTo(SITE + "/images/" + KEY);
    }

    private static Media inAlbum(long albumId) {
        return TestMedia.aPngWithThumbAndMedium().id(1).storageKey(KEY).userId(1L).albumId(albumId).build();
    }
}
