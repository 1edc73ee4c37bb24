package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ViewCounterTest {

    private static final String FIREFOX = "Mozilla/5.0 Firefox/128.0";
    private static final String CURL = "curl/8.5.0";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-10T23:59:00Z"));
    private final FakeViewRepository repository = new FakeViewRepository();
    private final ViewCounter counter = new ViewCounter(repository, "secret", clock);

    @Test
    void aVisitorCountsOncePerMediaPerDay() {
        assertThat(counter.record(1, "192.0.2.1", FIREFOX)).isTrue();
        assertThat(counter.record(1, "192.0.2.1", FIREFOX)).isFalse();
        assertThat(counter.record(2, "192.0.2.1", FIREFOX)).isTrue();

        assertThat(repository.views).containsEntry(1L, 1).containsEntry(2L, 1);
    }

    @Test
    void anotherAddressOrAnotherUserAgentIsAnotherVisitor() {
        counter.record(1, "192.0.2.1", FIREFOX);
        counter.record(1, "192.0.2.2", FIREFOX);
        counter.record(1, "192.0.2.1", CURL);
        counter.record(1, "192.0.2.1", null);

        assertThat(repository.views).containsEntry(1L, 4);
    }

    @Test
    void theDayIsTheUtcDateSoTheSameVisitorCountsAgainAfterMidnight() {
        counter.record(1, "192.0.2.1", FIREFOX);
        clock.advance(Duration.ofMinutes(2));
        assertThat(counter.record(1, "192.0.2.1", FIREFOX)).isTrue();

        assertThat(repository.visits).extracting(FakeViewRepository.Visit::day)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 11));
    }

    @Test
    void visitorsAreSaltedDigestsThatChangeEveryDay() {
        LocalDate day = LocalDate.of(2026, 5, 10);
        String visitor = ViewCounter.visitor("secret", day, "192.0.2.1", FIREFOX);

        assertThat(visitor).matches("[0-9a-f]{64}").doesNotContain("192");
        assertThat(ViewCounter.visitor("secret", day.plusDays(1), "192.0.2.1", FIREFOX)).isNotEqualTo(visitor);
        assertThat(ViewCounter.visitor("other", day, "192.0.2.1", FIREFOX)).isNotEqualTo(visitor);
        // The separator keeps "1.2.3.4" + "5…" apart from "1.2.3.45" + "…".
        assertThat(ViewCounter.visitor("s", day, "1.2.3.4", "5x")).isNotEqualTo(ViewCounter.visitor("s", day,
                "1.2.3.45", "x"));
    }

    @Test
    void visitsBeforeYesterdayAreForgotten() {
        counter.forgetOldVisits();
        assertThat(repository.forgottenBefore).isEqualTo(LocalDate.of(2026, 5, 9));
    }
}
