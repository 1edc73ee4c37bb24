package io.vistazo.core.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Counts over the stored media, for the admin dashboard. */
public interface SiteStatistics {

    /** How many uploads one account made. */
    record UploaderCount(String name, long uploads) {
    }

    long mediaCount();

    /** The bytes of every media's files (original, thumb, medium, video frame), as their rows record them. */
    long bytesStored();

    /** Uploads per UTC day from {@code since} on; days without any are absent. */
    Map<LocalDate, Long> uploadsPerDay(LocalDate since);

    /** The accounts with the most media, most first (ties by name), at most {@code limit}. */
    List<UploaderCount> topUploaders(int limit);
}
