package io.vistazo.core.testing;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.StorageMode;
import java.time.LocalDateTime;

/**
 * Media rows for tests: a builder already holding a plausible row, so a test names only the fields it is about,
 * e.g. {@code TestMedia.aPng().id(7).albumId(album).build()}. Shared with other modules through core's test-jar.
 */
public final class TestMedia {

    /** Upload time in the site's zone; whole seconds, because that is what the tables keep. */
    public static final LocalDateTime DATE = LocalDateTime.of(2024, 10, 10, 13, 14, 15);
    /** The same upload time in UTC. */
    public static final LocalDateTime DATE_GMT = LocalDateTime.of(2024, 10, 10, 11, 14, 15);

    private TestMedia() {
    }

    /**
     * A 640×480 PNG named {@code cat.png} in the date-folder layout, with only its main file: no thumb, no medium,
     * no owner, album, category, tags or expiry. The id is 0 until set.
     */
    public static Media.Builder aPng() {
        return Media.builder()
                .format(MediaFormat.PNG)
                .name("cat")
                .extension("png")
                .storageKey("2024/10/10/cat.png")
                .storageMode(StorageMode.DATEFOLDER)
                .size(1234)
                .width(640)
                .height(480)
                .date(DATE)
                .dateGmt(DATE_GMT)
                .title("Cat")
                .originalFilename("cat.png")
                .chain(ChainMember.IMAGE.bit());
    }

    /** {@link #aPng()} as an upload stores it: with its thumb and medium (640 is wider than the medium). */
    public static Media.Builder aPngWithThumbAndMedium() {
        return aPng()
                .chain(ChainMember.IMAGE.bit() | ChainMember.THUMB.bit() | ChainMember.MEDIUM.bit())
                .thumbSize(123)
                .mediumSize(456);
    }
}
