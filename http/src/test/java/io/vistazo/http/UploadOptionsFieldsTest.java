package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.port.in.UploadOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each upload field lands in its own option: nine strings side by side, where a swap would still compile. */
class UploadOptionsFieldsTest {

    @Test
    void everyFieldIsReadUnderItsCheveretoName() {
        Map<String, String> fields = Map.of("title", "T", "description", "D", "tags", "a,b", "album_id", "AL",
                "category_id", "7", "width", "640", "expiration", "PT5M", "nsfw", "1", "use_file_date", "0");

        // Positional on purpose: checked against the record's own order, not against the builder under test.
        assertThat(ApiRoutes.options(fields))
                .isEqualTo(new UploadOptions("T", "D", "a,b", "AL", "7", "640", "PT5M", "1", "0"));
    }

    @Test
    void nameStandsInForAMissingTitleAndAbsentFieldsAreNull() {
        assertThat(ApiRoutes.options(Map.of("name", "N"))).isEqualTo(UploadOptions.builder().title("N").build());
        assertThat(ApiRoutes.options(Map.of())).isEqualTo(UploadOptions.none());
    }
}
