package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.UploadHistory;
import io.vistazo.core.port.out.UploadHistory.Uploader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses an upload once its client address or its account has stored as many media as a window allows
 * (error 130, rate limited, with the seconds to wait). Windows are checked shortest first; the first one full
 * answers. An uploader's counts over every window are one read.
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
        List<FloodWindow> limited = Arrays.stream(FloodWindow.values()).filter(window -> limits.limit(window) > 0)
                .toList();
        if (limited.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Instant> starts = limited.stream().map(window -> window.start(now)).toList();
        List<Uploader> uploaders = new ArrayList<>();
        uploaders.add(new UploadHistory.ByAddress(clientIp));
        if (user.isAccount()) {
            uploaders.add(new UploadHistory.ByUser(user.id()));
        }
        // Each uploader's counts in one read; the shortest full window answers, the address before the account.
        List<List<Integer>> counts = uploaders.stream().map(uploader -> history.countsSince(uploader, starts))
                .toList();
        for (int w = 0; w < limited.size(); w++) {
            for (int u = 0; u < uploaders.size(); u++) {
                if (counts.get(u).get(w) >= limits.limit(limited.get(w))) {
                    refuse(uploaders.get(u), limited.get(w), starts.get(w), now);
                }
            }
        }
    }

    private void refuse(Uploader uploader, FloodWindow window, Instant start, Instant now) {
        int limit = limits.limit(window);
        long retryAfter = history.nthNewestSince(uploader, start, limit)
                .map(limitth -> window.retryAfterSeconds(limitth, now))
                .orElse(1L);
        throw Refusal.flooding(FloodWindow.describe(limit, window), retryAfter);
    }
}
