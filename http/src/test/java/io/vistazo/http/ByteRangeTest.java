package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "bytes=0-9, 100, 0, 9",
            "bytes=10-, 100, 10, 99",
            "bytes=90-500, 100, 90, 99",
            "bytes=-5, 100, 95, 99",
            "bytes=-500, 100, 0, 99",
            "' bytes=3-4 ', 100, 3, 4",
    })
    void satisfiableRanges(String header, long size, long first, long last) {
        assertThat(ByteRange.parse(header, size)).isEqualTo(new ByteRange(first, last));
    }

    @ParameterizedTest
    @CsvSource({
            "bytes=100-, 100",
            "bytes=5-2, 100",
            "bytes=-0, 100",
            "bytes=abc, 100",
            "bytes=1-x, 100",
            "bytes=0-0, 0",
            "bytes=-1-2, 100",
    })
    void unsatisfiableRanges(String header, long size) {
        assertThat(ByteRange.parse(header, size)).isSameAs(ByteRange.UNSATISFIABLE);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null", "items=0-1", "'bytes=0-1,5-6'"})
    void wholeFileOtherwise(String header) {
        assertThat(ByteRange.parse(header, 100)).isNull();
    }
}
