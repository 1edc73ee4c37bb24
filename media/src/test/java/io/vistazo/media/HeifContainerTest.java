package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.Refusal;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boxes of real HEIC and AVIF files, and files whose boxes lie. */
class HeifContainerTest {

    @TempDir
    Path dir;

    @Test
    void readsSizeRotationAndMetadataItemsOfTheIphonePhoto() {
        HeifContainer container = HeifContainer.read(Fixtures.path("heif/iphone.heic"));

        assertThat(container.upright()).isEqualTo(new Size(72, 96));
        assertThat(container.sequence()).isFalse();
        assertThat(container.sequenceBrand()).isFalse();
        assertThat(container.hasAlpha()).isFalse();
        assertThat(container.exifItems()).hasSize(1);
        assertThat(container.xmpItems()).hasSize(1);
    }

    @Test
    void readsAlphaAndSequences() {
        assertThat(HeifContainer.read(Fixtures.path("heif/alpha.avif")).hasAlpha()).isTrue();
        HeifContainer animated = HeifContainer.read(Fixtures.path("heif/animated.avif"));
        assertThat(animated.sequence()).isTrue();
        assertThat(animated.sequenceBrand()).isTrue();
        assertThat(animated.frames()).isEqualTo(2);
        assertThat(animated.upright()).isEqualTo(new Size(64, 48));
    }

    @Test
    void aMetaBoxClaimingMoreThanTheFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path("heif/iphone.heic"));
        int meta = 28;
        assertThat(new String(bytes, meta + 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("meta");
        ByteBuffer.wrap(bytes).putInt(meta, bytes.length);

        assertThat(refusal(Files.write(dir.resolve("lying.heic"), bytes)).code()).isEqualTo(610);
    }

    @Test
    void aFileWithoutMetaIsRefused() throws IOException {
        byte[] ftypOnly = new byte[28];
        System.arraycopy(Files.readAllBytes(Fixtures.path("heif/iphone.heic")), 0, ftypOnly, 0, 28);

        assertThat(refusal(Files.write(dir.resolve("empty.heic"), ftypOnly)).code()).isEqualTo(610);
    }

    private static Refusal refusal(Path file) {
        return catchThrowableOfType(Refusal.class, () -> HeifContainer.read(file));
    }
}
