package io.vistazo.core.service;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ReadSiteStatistics;
import io.vistazo.core.port.out.SiteStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The admin dashboard's figures, read from {@link SiteStatistics}; the chart's days in UTC, as media dates are. */
public final class Dashboard implements ReadSiteStatistics {

    /** Accounts shown among the top uploaders. */
    static final int TOP = 10;

    private final SiteStatistics statistics;
    private final Clock clock;

    public Dashboard(SiteStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public Summary summary(User actor) {
        Permissions.requireAdmin(actor, "read the dashboard");
        LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(DAYS - 1);
        Map<LocalDate, Long> counted = statistics.uploadsPerDay(first);
        List<DayCount> days = IntStream.range(0, DAYS)
                .mapToObj(first::plusDays)
                .map(day -> new DayCount(day, counted.getOrDefault(day, 0L)))
                .toList();
        return new Summary(statistics.mediaCount(), statistics.bytesStored(), days, statistics.topUploaders(TOP));
    }
}
