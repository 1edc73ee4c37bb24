package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.service.DuplicateGuard;
import io.vistazo.core.service.FloodLimits;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guest key, flood, duplicate, failed-key and sweep settings: defaults as in the README, and parsing. */
class SafeguardsTest {

    private static Safeguards from(Map<String, String> flags) {
        return VistazoConfig.from(Settings.load(flags, Map.of())).safeguards();
    }

    @Test
    void defaultsMatchTheReadme() {
        Safeguards defaults = from(Map.of());

        assertThat(defaults.guestKey()).as("no guest uploads unless the operator opens them").isNull();
        assertThat(defaults.flood()).isEqualTo(new FloodLimits(50, 500, 1000, 5000, 10_000, false));
        assertThat(defaults.duplicates()).isEqualTo(DuplicateGuard.Policy.ALLOW);
        assertThat(defaults.keyFailuresPerMinute()).isEqualTo(20);
        assertThat(defaults.sweepInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void everySettingIsRead() {
        Safeguards set = from(Map.of("guest-key", "open-sesame-0123456789", "flood-per-minute", "0",
                "flood-per-hour", "2", "flood-per-day", "3", "flood-per-week", "4", "flood-per-month", "5",
                "flood-admins", "exempt", "duplicates", "reject", "key-failures-per-minute", "0",
                "sweep-interval", "250ms"));

        assertThat(set.guestKey()).isEqualTo("open-sesame-0123456789");
        assertThat(set.flood()).isEqualTo(new FloodLimits(0, 2, 3, 4, 5, true));
        assertThat(set.duplicates()).isEqualTo(DuplicateGuard.Policy.REJECT);
        assertThat(set.keyFailuresPerMinute()).isZero();
        assertThat(set.sweepInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(from(Map.of("heartbeat-interval", "2s")).heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(from(Map.of("node-id", "web-1")).nodeId()).isEqualTo("web-1");
        assertThat(from(Map.of()).nodeId()).as("random at every start").isNull();
    }

    @Test
    void aNodeIdMustBeAFolderName() {
        assertThatThrownBy(() -> from(Map.of("node-id", "../web"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node-id");
    }

    @ParameterizedTest
    @CsvSource({"60, PT1M", "60s, PT1M", "5m, PT5M", "1h, PT1H", "250ms, PT0.25S", "2 M, PT2M"})
    void durations(String text, Duration expected) {
        assertThat(Safeguards.parseDuration(text)).isEqualTo(expected);
    }

    @Test
    void badValuesAreExplained() {
        assertThatThrownBy(() -> Safeguards.parseDuration("soon")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Safeguards.parseDuration("0s")).hasMessageContaining("positive");
        assertThatThrownBy(() -> from(Map.of("flood-admins", "yes"))).hasMessageContaining("limited or exempt");
        assertThatThrownBy(() -> from(Map.of("flood-per-minute", "-1"))).hasMessageContaining("negative");
        assertThatThrownBy(() -> from(Map.of("duplicates", "maybe"))).hasMessageContaining("allow or reject");
    }
}
