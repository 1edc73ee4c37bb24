package io.vistazo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 9, 0, 0);

    @Test
    void underAMinuteOrInTheFutureIsJustNow() {
        assertEquals(new RelativeTime("viewer.ago.now", 0), RelativeTime.between(NOW.minusSeconds(59), NOW));
        assertEquals(new RelativeTime("viewer.ago.now", 0), RelativeTime.between(NOW.plusHours(2), NOW));
    }

    @Test
    void theLargestWholeUnitIsTold() {
        assertEquals(new RelativeTime("viewer.ago.minutes.one", 1), RelativeTime.between(NOW.minusSeconds(61), NOW));
        assertEquals(new RelativeTime("viewer.ago.hours.many", 3), RelativeTime.between(NOW.minusMinutes(200), NOW));
        assertEquals(new RelativeTime("viewer.ago.days.many", 6), RelativeTime.between(NOW.minusDays(6), NOW));
        assertEquals(new RelativeTime("viewer.ago.weeks.one", 1), RelativeTime.between(NOW.minusDays(8), NOW));
        assertEquals(new RelativeTime("viewer.ago.months.many", 2), RelativeTime.between(NOW.minusDays(62), NOW));
        assertEquals(new RelativeTime("viewer.ago.years.one", 1), RelativeTime.between(NOW.minusDays(400), NOW));
    }
}
