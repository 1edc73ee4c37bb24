package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "0,      ''",
        "-5,     ''",
        "1,      00:01",
        "59,     00:59",
        "60,     01:00",
        "73,     01:13",
        "3600,   60:00",
        "4510,   75:10",
        "359999, 5999:59",
    })
    void formatsMinutesAndSeconds(int seconds, String formatted) {
        assertThat(Durations.minutesSeconds(seconds)).isEqualTo(formatted);
    }
}
