package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.UploadHistory;
import io.vistazo.core.port.out.UploadHistory.Uploader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses an upload once its client address or its account has stored as many media as a window allows
 * (error 130, rate limited, with the seconds to wait). Windows are checked shortest first; the first one full
 * answers.
 */
public final class FloodGuard {

    private final FloodLimits limits;
    private final UploadHistory history;
    private final Clock clock;

    public FloodGuard(FloodLimits limits, UploadHistory history, Clock clock) {
        this.limits = limits;
        this.history = history;
        this.clock = clock;
    }

    void check(User user, String clientIp) {
        if (user.isAdmin() && limits.exemptAdmins()) {
            return;
        }
        Instant now = clock.instant();
        List<Uploader> uploaders = new ArrayList<>();
        uploaders.add(new UploadHistory.ByAddress(clientIp));
        if (user.isAccount()) {
            uploaders.add(new UploadHistory.ByUser(user.id()));
        }
        for (FloodWindow window : FloodWindow.values()) {
            int limit = limits.limit(window);
            if (limit == 0) {
                continue;
            }
            for (Uploader uploader : uploaders) {
                refuseIfFull(uploader, window, limit, now);
            }
        }
    }

    private void refuseIfFull(Uploader uploader, FloodWindow window, int limit, Instant now) {
        Instant start = window.start(now);
        if (history.countSince(uploader, start) < limit) {
            return;
        }
        long retryAfter = history.nthNewestSince(uploader, start, limit)
                .map(limitth -> window.retryAfterSeconds(limitth, now))
                .orElse(1L);
        throw Refusal.flooding(FloodWindow.describe(limit, window), retryAfter);
    }
}
