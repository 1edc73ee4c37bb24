package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.MediaFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimationDetectorTest {

    private static final byte[] GRAPHIC_CONTROL = {0x00, 0x21, (byte) 0xF9, 0x04, 0x04, 0x0A, 0x00, 0x00, 0x00, 0x2C};

    @TempDir
    Path dir;

    @Test
    void findsGraphicControlExtensionsAcrossChunkBoundaries() throws IOException {
        byte[] gif = new byte[300 * 1024];
        place(gif, 50);
        // Straddles the first 100 KB chunk boundary.
        place(gif, 100 * 1024 - 4);
        place(gif, 200 * 1024 - 9);

        assertThat(detect(gif)).isEqualTo(new AnimationDetector.Animation(true, 3));
    }

    @Test
    void oneGraphicControlExtensionIsStill() throws IOException {
        byte[] gif = new byte[1024];
        place(gif, 100);

        assertThat(detect(gif)).isEqualTo(AnimationDetector.Animation.STILL);
    }

    @Test
    void patternNeedsAnImageOrExtensionAfterIt() throws IOException {
        byte[] gif = new byte[1024];
        place(gif, 100);
        place(gif, 300);
        gif[309] = 0x3B;

        assertThat(detect(gif).animated()).isFalse();
    }

    private AnimationDetector.Animation detect(byte[] gif) throws IOException {
        return AnimationDetector.detect(Files.write(dir.resolve("scan.gif"), gif), MediaFormat.GIF);
    }

    private static void place(byte[] data, int offset) {
        System.arraycopy(GRAPHIC_CONTROL, 0, data, offset, GRAPHIC_CONTROL.length);
    }
}
