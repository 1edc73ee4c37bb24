package io.vistazo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor;
import io.vistazo.media.ImgscalrImageProcessor;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fixed corpus of damaged images, made from the real fixtures by truncating, flipping bits and overwriting
 * runs of bytes (seeded, so every run tries the same inputs): each is rendered or cleanly refused.
 */
class MutatedImagesTest {

    private static final ImageProcessor IMAGES = new ImgscalrImageProcessor();
    private static final List<String> FIXTURES = List.of("photo.jpg", "alpha.png", "anim.gif", "still.webp",
            "small.bmp");
    private static final int MUTATIONS_PER_FIXTURE = 60;

    static Stream<Mutant> mutants() {
        List<Mutant> mutants = new ArrayList<>();
        for (String fixture : FIXTURES) {
            byte[] original = Fixtures.bytes(fixture);
            Random random = new Random(fixture.hashCode());
            for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
                mutants.add(mutate(fixture, i, original, random));
            }
        }
        return mutants.stream();
    }

    @ParameterizedTest
    @MethodSource("mutants")
    void isRenderedOrCleanlyRefused(Mutant mutant, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("upload");
        Files.write(file, mutant.bytes());
        try {
            ImageProcessor.Probe probe = IMAGES.probe(file);
            if (probe.format().kind() == MediaKind.IMAGE) {
                assertThat(IMAGES.render(file, probe,
                        new ImageProcessor.RenderRequest(0, new DerivativeSizes(64, 64, 128), dir)).thumb())
                        .exists();
            }
        } catch (Refusal refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static Mutant mutate(String fixture, int index, byte[] original, Random random) {
        byte[] bytes = original.clone();
        String how;
        switch (index % 3) {
            case 0 -> {
                int length = 1 + random.nextInt(bytes.length - 1);
                bytes = java.util.Arrays.copyOf(bytes, length);
                how = "truncated to " + length;
            }
            case 1 -> {
                int flips = 1 + random.nextInt(16);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                how = flips + " bit flips";
            }
            default -> {
                int start = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - start, 1 + random.nextInt(64));
                for (int b = start; b < start + length; b++) {
                    bytes[b] = (byte) random.nextInt(256);
                }
                how = length + " random bytes at " + start;
            }
        }
        return new Mutant(fixture + " #" + index + " (" + how + ")", bytes);
    }

    /** One damaged file, named for the report. */
    record Mutant(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }
}
