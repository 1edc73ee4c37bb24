package io.vistazo.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTest {

    /** Every field set, each to a value no other field of its type has, so a swapped pair would show. */
    private static Media everyFieldSet() {
        return Media.builder()
                .id(1)
                .format(MediaFormat.JPEG)
                .name("gato")
                .extension("jpeg")
                .storageKey("2024/10/10/gato.jpeg")
                .storageMode(StorageMode.HASH)
                .size(2)
                .width(3)
                .height(4)
                .date(LocalDateTime.of(2024, 10, 10, 14, 5, 6))
                .dateGmt(LocalDateTime.of(2024, 10, 10, 12, 5, 6))
                .title("Gato")
                .description("Un gato")
                .nsfw(true)
                .md5("md5")
                .sourceMd5("source-md5")
                .originalFilename("Gato.JPG")
                .originalExifdata("{}")
                .views(5)
                .categoryId(6L)
                .albumId(7L)
                .userId(8L)
                .chain(9)
                .thumbSize(10)
                .mediumSize(11)
                .frameSize(12)
                .expiresAt(Instant.parse("2030-01-02T03:04:05Z"))
                .animated(true)
                .is360(true)
                .duration(13)
                .tags(List.of("a", "b"))
                .uploaderIp("2001:db8::1")
                .build();
    }

    @Test
    void theBuilderSetsEachFieldByItsName() {
        Media media = everyFieldSet();

        assertThat(List.of(media.id(), media.size(), media.width(), media.height(), media.views(),
                media.categoryId(), media.albumId(), media.userId(), media.chain(), media.thumbSize(),
                media.mediumSize(), media.frameSize(), media.duration()))
                .containsExactly(1L, 2L, 3, 4, 5L, 6L, 7L, 8L, 9, 10L, 11L, 12L, 13);
        assertThat(List.of(media.name(), media.extension(), media.storageKey(), media.title(), media.description(),
                media.md5(), media.sourceMd5(), media.originalFilename(), media.originalExifdata(),
                media.uploaderIp()))
                .containsExactly("gato", "jpeg", "2024/10/10/gato.jpeg", "Gato", "Un gato", "md5", "source-md5",
                        "Gato.JPG", "{}", "2001:db8::1");
        assertThat(media.format()).isEqualTo(MediaFormat.JPEG);
        assertThat(media.storageMode()).isEqualTo(StorageMode.HASH);
        assertThat(media.date()).isEqualTo(LocalDateTime.of(2024, 10, 10, 14, 5, 6));
        assertThat(media.dateGmt()).isEqualTo(LocalDateTime.of(2024, 10, 10, 12, 5, 6));
        assertThat(media.expiresAt()).isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
        assertThat(List.of(media.nsfw(), media.animated(), media.is360())).containsOnly(true);
        assertThat(media.tags()).containsExactly("a", "b");
    }

    @Test
    void aCopyFromToBuilderEqualsTheOriginalUntilAFieldIsChanged() {
        Media original = everyFieldSet();

        assertThat(original.toBuilder().build()).isEqualTo(original);
        Media renamed = original.toBuilder().title("Otro").build();
        assertThat(renamed.title()).isEqualTo("Otro");
        assertThat(renamed.toBuilder().title(original.title()).build()).isEqualTo(original);
    }

    @Test
    void anEmptyBuilderHasNoTagsAndTheBuiltMediaKeepsNoReferenceToTheCallersList() {
        assertThat(Media.builder().build().tags()).isEmpty();

        List<String> tags = new ArrayList<>(List.of("a"));
        Media media = Media.builder().tags(tags).build();
        tags.add("b");
        assertThat(media.tags()).containsExactly("a");
    }
}
