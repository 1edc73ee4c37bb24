package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeFormatTest {

    @ParameterizedTest
    @CsvSource({
        "0,                   0 B",
        "1,                   1 B",
        "999,                 999 B",
        "1000,                1 KB",
        "1050,                1.1 KB",
        "1149,                1.1 KB",
        "1150,                1.2 KB",
        "1950,                2 KB",
        "999999,              1000 KB",
        "1000000,             1 MB",
        "3011299,             3 MB",
        "999949999,           999.9 MB",
        "1234567890,          1.2 GB",
        "1000000000000,       1 TB",
        "1500000000000000,    1.5 PB",
        "1000000000000000000, 1 EB",
        "9223372036854775807, 9.2 EB",
    })
    void formatsInDecimalUnitsLikeChevereto(long bytes, String formatted) {
        assertThat(SizeFormat.format(bytes)).isEqualTo(formatted);
    }
}
