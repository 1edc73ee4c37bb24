package io.vistazo.core.service;

import io.vistazo.core.port.out.ViewRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Visits in a set, views in a map. */
final class FakeViewRepository implements ViewRepository {

    record Visit(long mediaId, String visitor, LocalDate day) {
    }

    final Set<Visit> visits = new HashSet<>();
    final Map<Long, Integer> views = new HashMap<>();
    LocalDate forgottenBefore;

    @Override
    public boolean record(long mediaId, String visitor, LocalDate day) {
        if (!visits.add(new Visit(mediaId, visitor, day))) {
            return false;
        }
        views.merge(mediaId, 1, Integer::sum);
        return true;
    }

    @Override
    public int forgetBefore(LocalDate day) {
        forgottenBefore = day;
        int before = visits.size();
        visits.removeIf(visit -> visit.day().isBefore(day));
        return before - visits.size();
    }
}
