package io.vistazo.core.service;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.FindMedia;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.MediaRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up media that may be shown (existing and not expired), answers whether a stored file may still be served,
 * and counts views of the pages that show them.
 */
public final class MediaFinder implements FindMedia {

    /** Well within {@link SharedState#CACHE_BOUND}: changes made on other nodes are seen within it. */
    private static final Duration FACTS_TTL = SharedState.REREAD_AFTER;
    private static final int MAX_REMEMBERED_FILES = 10_000;

    private final MediaRepository media;
    private final AlbumRepository albums;
    private final Clock clock;
    private final ViewCounter views;
    private final Map<String, OwnerFacts> ownerFacts = new ConcurrentHashMap<>();

    public MediaFinder(MediaRepository media, AlbumRepository albums, Clock clock, ViewCounter views) {
        this.media = media;
        this.albums = albums;
        this.clock = clock;
        this.views = views;
    }

    @Override
    public Optional<Media> visible(long id) {
        if (id <= 0) {
            return Optional.empty();
        }
        return media.findById(id).filter(found -> !found.isExpired(clock.instant()));
    }

    /** Counts one view of a media a viewer page showed, once per visitor and day. */
    @Override
    public void countView(Media shown, String clientIp, String userAgent) {
        views.record(shown.id(), clientIp, userAgent);
    }

    /**
     * Whether and to whom the file under {@code /images/<fileKey>} may be served: not while every media that owns
     * it has expired (the sweeper deletes it soon after), and only to those who may see one of its live owners
     * (a media in a private album: its album's owner and admins). A file no media owns is served as it is. The
     * owners' facts are remembered until this process writes to the database, and for at most a second (changes
     * made by another process, such as the CLI, are seen within that second), so a busy file does not cost a
     * query per request; the verdict itself is always taken against the current time.
     */
    @Override
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

    @Override
    public Optional<String> renamedDerivative(String fileKey) {
        String stem = dropLastDotSegment(fileKey);
        String extension = fileKey.substring(stem.length());
        Optional<ChainMember> named = Arrays.stream(ChainMember.values())
                .filter(member -> !member.suffix().isEmpty() && stem.endsWith(member.suffix()))
                .findFirst();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        ChainMember member = named.get();
        String mainKey = stem.substring(0, stem.length() - member.suffix().length()) + extension;
        return media.findByKeyPrefix(ownerKeyPrefix(fileKey)).stream()
                .filter(candidate -> candidate.storageKey().equals(mainKey) && candidate.has(member))
                .map(candidate -> candidate.keyOf(member))
                .filter(key -> !key.equals(fileKey))
                .findFirst();
    }

    private OwnerFacts loadFacts(String fileKey, long version, Instant now) {
        List<Owner> owners = media.findByKeyPrefix(ownerKeyPrefix(fileKey)).stream()
                .filter(candidate -> owns(candidate, fileKey))
                .map(owner -> new Owner(owner.expiresAt(), albumOf(owner)))
                .toList();
        return new OwnerFacts(owners, version, now);
    }

    private Album albumOf(Media owner) {
        return owner.albumId() == null ? null : albums.findById(owner.albumId()).orElse(null);
    }

    /** One media owning a file: when it expires (null never) and the album it is in (null none). */
    private record Owner(Instant expiresAt, Album album) {

        boolean liveAt(Instant now) {
            return expiresAt == null || expiresAt.isAfter(now);
        }

        boolean openToAnyone() {
            return album == null || album.openTo(User.GUEST);
        }
    }

    /** What the owners of one file say about its lifetime and readers, as read at repository {@code version}. */
    private record OwnerFacts(List<Owner> owners, long version, Instant loadedAt) {

        FileStatus statusAt(Instant now) {
            if (owners.isEmpty()) {
                return FileStatus.PERMANENT;
            }
            List<Owner> live = owners.stream().filter(owner -> owner.liveAt(now)).toList();
            if (live.isEmpty()) {
                return FileStatus.GONE;
            }
            long secondsLeft = secondsLeft(live, now);
            if (live.stream().anyMatch(Owner::openToAnyone)) {
                return secondsLeft < 0 ? FileStatus.PERMANENT : new FileStatus(true, secondsLeft);
            }
            List<Album> albums = live.stream().map(Owner::album).toList();
            return new FileStatus(true, secondsLeft, viewer -> albums.stream().anyMatch(a -> a.openTo(viewer)));
        }

        private static long secondsLeft(List<Owner> live, Instant now) {
            if (live.stream().anyMatch(owner -> owner.expiresAt() == null)) {
                return -1;
            }
            Instant lastExpiry = live.stream().map(Owner::expiresAt).max(Instant::compareTo).orElseThrow();
            return AttemptLimiter.ceilSeconds(Duration.between(now, lastExpiry));
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
}
