package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeAgoTest {

    @ParameterizedTest
    @CsvSource({
        "2024-10-10T12:00:00,     2024-10-10T12:00:00, moments ago",
        "2024-10-10T12:00:00.500, 2024-10-10T12:00:01, moments ago",
        "2024-10-10T12:00:05,     2024-10-10T12:00:00, moments ago",
        "2025-10-10T12:00:00,     2024-10-10T12:00:00, moments ago",
        "2024-10-10T11:59:59,     2024-10-10T12:00:00, 1 second ago",
        "2024-10-10T11:59:58,     2024-10-10T12:00:00, 2 seconds ago",
        "2024-10-10T11:59:01,     2024-10-10T12:00:00, 59 seconds ago",
        "2024-10-10T11:59:00,     2024-10-10T12:00:00, 1 minute ago",
        "2024-10-10T11:58:59,     2024-10-10T12:00:00, 1 minute ago",
        "2024-10-10T11:00:00,     2024-10-10T12:00:00, 1 hour ago",
        "2024-10-09T12:00:01,     2024-10-10T12:00:00, 23 hours ago",
        "2024-10-09T12:00:00,     2024-10-10T12:00:00, 1 day ago",
        "2024-10-04T12:00:00,     2024-10-10T12:00:00, 6 days ago",
        "2024-10-03T12:00:00,     2024-10-10T12:00:00, 1 week ago",
        "2024-09-27T12:00:00,     2024-10-10T12:00:00, 1 week ago",
        "2024-09-19T12:00:00,     2024-10-10T12:00:00, 3 weeks ago",
        "2024-09-11T12:00:00,     2024-10-10T12:00:00, 4 weeks ago",
        "2024-09-10T12:00:00,     2024-10-10T12:00:00, 1 month ago",
        "2024-01-31T00:00:00,     2024-03-01T00:00:00, 1 month ago",
        "2024-04-10T12:00:00,     2024-10-10T12:00:00, 6 months ago",
        "2023-10-10T12:00:00,     2024-10-10T12:00:00, 1 year ago",
        "2022-07-01T00:00:00,     2024-10-10T12:00:00, 2 years ago",
        "2023-10-10T12:00:01,     2024-10-10T12:00:00, 11 months ago",
    })
    void saysHowLongAgoByTheLargestNonZeroUnit(LocalDateTime then, LocalDateTime now, String ago) {
        assertThat(TimeAgo.between(then, now)).isEqualTo(ago);
    }

    @Test
    void needsBothDates() {
        LocalDateTime now = LocalDateTime.of(2024, 10, 10, 12, 0);

        assertThatThrownBy(() -> TimeAgo.between(null, now)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TimeAgo.between(now, null)).isInstanceOf(NullPointerException.class);
    }
}
