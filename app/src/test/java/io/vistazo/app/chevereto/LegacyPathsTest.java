package io.vistazo.app.chevereto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyPathsTest {

    private static final String DATE = "2019-03-07 23:59:01";

    @Test
    void eachStorageModeHasItsFolder() {
        assertThat(LegacyPaths.folder("datefolder", DATE, null, "images")).contains("2019/03/07/");
        assertThat(LegacyPaths.folder(null, DATE, null, "images")).contains("2019/03/07/");
        assertThat(LegacyPaths.folder("direct", DATE, null, "images")).contains("");
        assertThat(LegacyPaths.folder("old", DATE, null, "images")).contains("old/");
    }

    @Test
    void aPathFolderCountsOnlyInsideTheUploadFolder() {
        assertThat(LegacyPaths.folder("path", DATE, "/var/www/html/images/imported/set1", "images"))
                .contains("imported/set1/");
        assertThat(LegacyPaths.folder("path", DATE, "/srv/site/uploads/a/", "/uploads/")).contains("a/");
        assertThat(LegacyPaths.folder("path", DATE, "/var/www/elsewhere/", "images")).isEqualTo(Optional.empty());
        assertThat(LegacyPaths.folder("path", DATE, "/x/images/../../etc/", "images")).isEqualTo(Optional.empty());
        assertThat(LegacyPaths.folder("path", DATE, null, "images")).isEqualTo(Optional.empty());
    }
}
