package io.vistazo.core.service;

import io.vistazo.core.port.out.ViewRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Counts a media's views once per visitor per UTC day. A visitor is a digest of a site secret, the day, the client
 * address and its User-Agent: the stored visits cannot be turned back into addresses, nor linked across days.
 */
public final class ViewCounter {

    private final ViewRepository views;
    private final String secret;
    private final Clock clock;

    /** @param secret random text kept with the data, so visitors hash the same across restarts */
    public ViewCounter(ViewRepository views, String secret, Clock clock) {
        this.views = views;
        this.secret = secret;
        this.clock = clock;
    }

    /** @return whether this view counted (the visitor's first of the day for this media) */
    public boolean record(long mediaId, String clientIp, String userAgent) {
        LocalDate day = today();
        return views.record(mediaId, visitor(secret, day, clientIp, userAgent), day);
    }

    /** Forgets visits older than yesterday, which can no longer decide whether a view counts. */
    public int forgetOldVisits() {
        return views.forgetBefore(today().minusDays(1));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String visitor(String secret, LocalDate day, String clientIp, String userAgent) {
        return Hashes.sha256Hex(secret + "\n" + day + "\n" + nullToEmpty(clientIp) + "\n" + nullToEmpty(userAgent));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
