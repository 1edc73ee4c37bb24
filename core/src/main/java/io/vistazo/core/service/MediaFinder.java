package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.port.out.MediaRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up media that may be shown (existing and not expired), answers whether a stored file may still be served,
 * and counts views of the pages that show them.
 */
public final class MediaFinder {

    /** Well within {@link SharedState#CACHE_BOUND}: changes made on other nodes are seen within it. */
    private static final Duration FACTS_TTL = Duration.ofSeconds(1);
    private static final int MAX_REMEMBERED_FILES = 10_000;

    private final MediaRepository media;
    private final Clock clock;
    private final ViewCounter views;
    private final Map<String, OwnerFacts> ownerFacts = new ConcurrentHashMap<>();

    public MediaFinder(MediaRepository media, Clock clock, ViewCounter views) {
        this.media = media;
        this.clock = clock;
        this.views = views;
    }

    public Optional<Media> visible(long id) {
        if (id <= 0) {
            return Optional.empty();
        }
        return media.findById(id).filter(found -> !found.isExpired(clock.instant()));
    }

    /** Counts one view of a media a viewer page showed, once per visitor and day. */
    public void countView(Media shown, String clientIp, String userAgent) {
        views.record(shown.id(), clientIp, userAgent);
    }

    /**
     * Whether the file under {@code /images/<fileKey>} may be served: not while every media that owns it has
     * expired (the sweeper deletes it soon after). A file no media owns is served as it is. The owners' expiry
     * facts are remembered until this process changes a media row, and for at most a second (changes made by
     * another process, such as the CLI, are seen within that second), so a busy file does not cost a query per
     * request; the verdict itself is always taken against the current time.
     */
    public FileStatus file(String fileKey) {
        Instant now = clock.instant();
        long version = media.version();
        OwnerFacts facts = ownerFacts.get(fileKey);
        if (facts == null || facts.version() != version || facts.loadedAt().plus(FACTS_TTL).isBefore(now)) {
            facts = loadFacts(fileKey, version, now);
            if (ownerFacts.size() >= MAX_REMEMBERED_FILES) {
                ownerFacts.clear();
            }
            ownerFacts.put(fileKey, facts);
        }
        return facts.statusAt(now);
    }

    private OwnerFacts loadFacts(String fileKey, long version, Instant now) {
        List<Media> owners = media.findByKeyPrefix(ownerKeyPrefix(fileKey)).stream()
                .filter(candidate -> owns(candidate, fileKey))
                .toList();
        boolean permanent = owners.stream().anyMatch(owner -> owner.expiresAt() == null);
        Instant lastExpiry = owners.stream().map(Media::expiresAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new OwnerFacts(!owners.isEmpty(), permanent, lastExpiry, version, now);
    }

    /** What the owners of one file say about its lifetime, as read at repository {@code version}. */
    private record OwnerFacts(boolean owned, boolean permanent, Instant lastExpiry, long version, Instant loadedAt) {

        FileStatus statusAt(Instant now) {
            if (!owned || permanent) {
                return FileStatus.PERMANENT;
            }
            if (!lastExpiry.isAfter(now)) {
                return FileStatus.GONE;
            }
            return new FileStatus(true, AttemptLimiter.ceilSeconds(Duration.between(now, lastExpiry)));
        }
    }

    /**
     * A main file {@code a/cat.png} has derivatives {@code a/cat.th.png}, {@code a/cat.md.png}…: whichever one is
     * asked for, its owner's key starts with the name up to its second-last dot (or its last), plus a dot.
     */
    static String ownerKeyPrefix(String fileKey) {
        String stem = dropLastDotSegment(fileKey);
        return dropLastDotSegment(stem) + ".";
    }

    private static String dropLastDotSegment(String key) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        return dot > slash ? key.substring(0, dot) : key;
    }

    private static boolean owns(Media candidate, String fileKey) {
        for (ChainMember member : ChainMember.values()) {
            if (candidate.has(member) && candidate.keyOf(member).equals(fileKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param servable false once every owner expired
     * @param secondsLeft how long the file may be cached: until its last owner expires, or -1 for ever
     */
    public record FileStatus(boolean servable, long secondsLeft) {

        static final FileStatus GONE = new FileStatus(false, 0);
        static final FileStatus PERMANENT = new FileStatus(true, -1);

        public boolean expires() {
            return secondsLeft >= 0;
        }
    }
}
