package io.vistazo.core.service;

import io.vistazo.core.domain.Media;
import io.vistazo.core.port.out.MediaRepository;
import java.time.Clock;
import java.util.Optional;

/** Looks up media that may be shown: existing and not expired. */
public final class MediaFinder {

    private final MediaRepository media;
    private final Clock clock;

    public MediaFinder(MediaRepository media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    public Optional<Media> visible(long id) {
        if (id <= 0) {
            return Optional.empty();
        }
        return media.findById(id).filter(found -> !found.isExpired(clock.instant()));
    }
}
