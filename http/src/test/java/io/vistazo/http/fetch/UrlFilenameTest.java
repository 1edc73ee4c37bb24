package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlFilenameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.com/images/cat.png|cat.png",
        "https://example.com/images/cat%20photo.png?size=large#top|cat photo.png",
        "https://example.com/a/gato%C3%B1o.jpg|gatoño.jpg",
        "https://example.com/a/1+1.png|1+1.png",
        "https://example.com/a/..%2F..%2Fetc%2Fpasswd|.._.._etc_passwd",
        "https://example.com/a/b%5Cc.png|b_c.png",
        "https://example.com/images/|download",
        "https://example.com/|download",
        "https://example.com|download",
        "https://example.com/a/%2E%2E|download"
    })
    void takesTheDecodedLastPathSegment(String url, String filename) {
        assertThat(UrlFilename.of(URI.create(url))).isEqualTo(filename);
    }
}
