package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final User ANA = new User(7, "ana", Role.USER);
    private static final User ADMIN = new User(1, "admin", Role.ADMIN);

    private final MutableClock clock = new MutableClock(T0);
    private final FakeUploadHistory history = new FakeUploadHistory();

    private FloodGuard guard(FloodLimits limits) {
        return new FloodGuard(limits, history, clock);
    }

    @Test
    void theUploadAfterTheLimitIsRefusedWith130And429UntilTheLimitthNewestLeavesTheMinute() {
        history.add("1.2.3.4", null, T0);
        history.add("1.2.3.4", null, T0.plusSeconds(10));
        history.add("1.2.3.4", null, T0.plusSeconds(20));
        clock.advance(Duration.ofSeconds(30));
        FloodGuard guard = guard(new FloodLimits(3, 0, 0, 0, 0, false));

        Refusal refused = catchThrowableOfType(Refusal.class, () -> guard.check(User.GUEST, "1.2.3.4"));

        assertThat(refused.code()).isEqualTo(130);
        assertThat(refused.reason()).isEqualTo(Refusal.Reason.RATE_LIMITED);
        assertThat(refused.getMessage()).isEqualTo("Flooding detected. You can only upload 3 images per minute");
        // The 3rd newest was stored at T0 (to the second): it leaves the window at T0 + 61 s, 31 s from now.
        assertThat(refused.retryAfterSeconds()).isEqualTo(31);
        assertThatCode(() -> guard.check(User.GUEST, "5.6.7.8")).doesNotThrowAnyException();
    }

    @Test
    void belowTheLimitPassesAndZeroTurnsAWindowOff() {
        history.add("1.2.3.4", 7L, T0);
        history.add("1.2.3.4", 7L, T0);
        assertThatCode(() -> guard(new FloodLimits(3, 0, 0, 0, 0, false)).check(ANA, "1.2.3.4"))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard(FloodLimits.off()).check(ANA, "1.2.3.4")).doesNotThrowAnyException();
    }

    @Test
    void anAccountIsLimitedAcrossAddresses() {
        history.add("1.1.1.1", 7L, T0);
        history.add("2.2.2.2", 7L, T0);
        FloodGuard guard = guard(new FloodLimits(2, 0, 0, 0, 0, false));

        Refusal refused = catchThrowableOfType(Refusal.class, () -> guard.check(ANA, "3.3.3.3"));

        assertThat(refused.getMessage()).endsWith("2 images per minute");
        assertThatCode(() -> guard.check(new User(8, "bob", Role.USER), "3.3.3.3")).doesNotThrowAnyException();
    }

    @Test
    void theShortestFullWindowAnswersAndOneImageIsSingular() {
        history.add("1.2.3.4", null, T0);
        clock.advance(Duration.ofMinutes(30));
        FloodGuard guard = guard(new FloodLimits(5, 1, 0, 0, 0, false));

        Refusal refused = catchThrowableOfType(Refusal.class, () -> guard.check(User.GUEST, "1.2.3.4"));

        assertThat(refused.getMessage()).isEqualTo("Flooding detected. You can only upload 1 image per hour");
        assertThat(refused.retryAfterSeconds()).isEqualTo(30 * 60 + 1);
    }

    @Test
    void uploadsOlderThanTheWindowNoLongerCount() {
        history.add("1.2.3.4", null, T0);
        FloodGuard guard = guard(new FloodLimits(1, 0, 0, 0, 0, false));
        clock.advance(Duration.ofSeconds(60));
        assertThat(catchThrowableOfType(Refusal.class, () -> guard.check(User.GUEST, "1.2.3.4"))
                .retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> guard.check(User.GUEST, "1.2.3.4")).doesNotThrowAnyException();
    }

    @Test
    void adminsAreLimitedUnlessExempted() {
        history.add("1.2.3.4", 1L, T0);
        FloodGuard limited = guard(new FloodLimits(1, 0, 0, 0, 0, false));
        assertThat(catchThrowableOfType(Refusal.class, () -> limited.check(ADMIN, "1.2.3.4"))).isNotNull();
        assertThatCode(() -> guard(new FloodLimits(1, 0, 0, 0, 0, true)).check(ADMIN, "1.2.3.4"))
                .doesNotThrowAnyException();
    }

    @Test
    void windowsStartOnTheWholeSecondSoBorderlineUploadsCount() {
        Instant now = Instant.parse("2026-03-01T12:00:30.700Z");
        assertThat(FloodWindow.MINUTE.start(now)).isEqualTo(Instant.parse("2026-03-01T11:59:30Z"));
        assertThat(FloodWindow.MONTH.length()).isEqualTo(Duration.ofDays(30));
        assertThat(FloodWindow.MINUTE.retryAfterSeconds(Instant.parse("2026-03-01T11:59:45Z"), now)).isEqualTo(16);
    }

    @Test
    void cheveretosDefaults() {
        FloodLimits defaults = FloodLimits.chevereto();
        assertThat(defaults).isEqualTo(new FloodLimits(50, 500, 1000, 5000, 10_000, false));
    }
}
