package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpirationsTest {

    private static final Instant NOW = Instant.parse("2024-10-10T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "PT5M,  300",
        "PT15M, 900",
        "PT30M, 1800",
        "PT1H,  3600",
        "PT3H,  10800",
        "PT6H,  21600",
        "PT12H, 43200",
        "P1D,   86400",
        "P2D,   172800",
        "P3D,   259200",
        "P4D,   345600",
        "P5D,   432000",
        "P6D,   518400",
        "P1W,   604800",
        "P2W,   1209600",
        "P3W,   1814400",
        "P1M,   2678400",
        "P2M,   5097600",
        "P3M,   7776000",
        "P4M,   10368000",
        "P5M,   13046400",
        "P6M,   15638400",
        "P1Y,   31536000",
    })
    void convertsEveryPresetToSecondsFromTheEpoch(String preset, long seconds) {
        assertThat(Expirations.parse(preset, NOW)).contains(NOW.plusSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({
        "P1DT12H,                 129600",
        "P1W2D,                   777600",
        "PT1H30M,                 5400",
        "P1DT1H1M1S,              90061",
        "PT301S,                  301",
        "PT299S,                  300",
        "PT90S,                   300",
        "P0D,                     300",
        "P13M,                    31536000",
        "P2Y,                     31536000",
        "P1Y1D,                   31536000",
        "P99999999999999999999Y,  31536000",
        "PT99999999999999999999S, 31536000",
        "' P1D ',                 86400",
    })
    void convertsOtherIsoDurationsAndClamps(String duration, long seconds) {
        assertThat(Expirations.parse(duration, NOW)).contains(NOW.plusSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({
        "0,                       300",
        "1,                       300",
        "299,                     300",
        "300,                     300",
        "3600,                    3600",
        "0003600,                 3600",
        "31536000,                31536000",
        "31536001,                31536000",
        "99999999999999999999999, 31536000",
    })
    void takesDigitsAsClampedSeconds(String digits, long seconds) {
        assertThat(Expirations.parse(digits, NOW)).contains(NOW.plusSeconds(seconds));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "P", "PT", "P1DT", "T1H", "p1d", "1h", "1 day", "-60", "+60", "1.5", "PT1.5S",
        "P1H", "PT1D", "P1M1Y", "P-1D", "P1D1D", "never", "P1D\u00a0x",
    })
    void ignoresWhatItCannotParse(String value) {
        assertThat(Expirations.parse(value, NOW)).isEmpty();
    }

    @Test
    void neverExpiresSoonerThanFiveMinutesFromNow() {
        Instant soonest = NOW.plusSeconds(300);

        assertThat(Expirations.parse("1", NOW)).hasValueSatisfying(at -> assertThat(at).isEqualTo(soonest));
        assertThat(Expirations.parse("PT1S", NOW)).hasValueSatisfying(at -> assertThat(at).isEqualTo(soonest));
    }
}
