package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.SiteStatistics.UploaderCount;
import java.time.LocalDate;
import java.util.List;

/** The admin dashboard's figures: media and bytes stored, uploads per day, top uploaders. Admins only. */
public interface ReadSiteStatistics {

    /** Days of the uploads chart, today included. */
    int DAYS = 30;

    /** Uploads on one UTC day. */
    record DayCount(LocalDate day, long uploads) {
    }

    /**
     * @param days the last {@link #DAYS} days, oldest first, days without uploads counted as 0
     * @param top the accounts with the most media, most first
     */
    record Summary(long media, long bytes, List<DayCount> days, List<UploaderCount> top) {

        public Summary {
            days = List.copyOf(days);
            top = List.copyOf(top);
        }
    }

    Summary summary(User actor);
}
