package io.vistazo.core.service;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaEdit;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.EditMedia;
import io.vistazo.core.port.in.MediaChanges;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.text.Expirations;
import io.vistazo.core.text.IdCodec;
import io.vistazo.core.text.Titles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Changes and deletes media for their owner or an admin ("my media"; admins also manage guest uploads). Media
 * someone may not manage are "not found" to them, expired ones to everybody. A media joins only an album of its
 * own owner.
 */
public final class MediaEditor implements EditMedia {

    private final MediaRepository media;
    private final AlbumRepository albums;
    private final CategoryRepository categories;
    private final Albums albumService;
    private final DeleteMediaService deleter;
    private final IdCodec codec;
    private final Clock clock;

    public MediaEditor(MediaRepository media, AlbumRepository albums, CategoryRepository categories,
                       Albums albumService, DeleteMediaService deleter, IdCodec codec, Clock clock) {
        this.media = media;
        this.albums = albums;
        this.categories = categories;
        this.albumService = albumService;
        this.deleter = deleter;
        this.codec = codec;
        this.clock = clock;
    }

    /** The media, if the actor may change it. */
    @Override
    public Media managed(User actor, long id) {
        return media.findById(id)
                .filter(found -> !found.isExpired(clock.instant()))
                .filter(found -> actor.mayManage(found.userId()))
                .orElseThrow(() -> Refusal.notFound("Media"));
    }

    @Override
    public Media edit(User actor, long id, MediaChanges changes) {
        Media target = managed(actor, id);
        media.update(target.id(), apply(MediaEdit.of(target), changes, target.userId()));
        return media.findById(target.id()).orElseThrow(() -> Refusal.notFound("Media"));
    }

    @Override
    public void delete(User actor, long id) {
        deleter.delete(managed(actor, id));
    }

    /**
     * Moves the media into the album (0: out of any album). Every media is checked before any moves.
     *
     * @return how many media moved
     */
    @Override
    public int moveToAlbum(User actor, List<Long> ids, long albumId) {
        List<Media> targets = new ArrayList<>();
        for (long id : ids) {
            targets.add(managed(actor, id));
        }
        for (Media target : targets) {
            Long album = albumId == 0 ? null : ownAlbum(albumId, target.userId());
            media.update(target.id(), MediaEdit.of(target).inAlbum(album));
        }
        return targets.size();
    }

    /** A new album of the actor's holding these media, which must all be the actor's own. */
    @Override
    public Album albumFrom(User actor, String name, String description, AlbumPrivacy privacy, List<Long> ids) {
        for (long id : ids) {
            if (!Objects.equals(managed(actor, id).userId(), actor.ownerId())) {
                throw Refusal.forbidden("An album holds its owner's media only");
            }
        }
        Album album = albumService.create(actor, actor, name, description, privacy);
        moveToAlbum(actor, ids, album.id());
        return albums.findById(album.id()).orElseThrow(() -> Refusal.notFound("Album"));
    }

    private MediaEdit apply(MediaEdit current, MediaChanges changes, Long ownerId) {
        return new MediaEdit(
                changes.title() == null ? current.title() : title(changes.title()),
                changes.description() == null ? current.description() : Names.description(changes.description()),
                changes.tags() == null ? current.tags() : Names.tags(changes.tags()),
                changes.album() == null ? current.albumId() : album(changes.album(), ownerId),
                changes.category() == null ? current.categoryId() : category(changes.category()),
                changes.nsfw() == null ? current.nsfw() : changes.nsfw(),
                changes.expiration() == null ? current.expiresAt() : expiration(changes.expiration()));
    }

    private static String title(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : Titles.cap(stripped);
    }

    private Long album(String encoded, Long ownerId) {
        String text = encoded.strip();
        return text.isEmpty() ? null : ownAlbum(codec.decode(text), ownerId);
    }

    /** Media without an owner (guest uploads) join no album. */
    private Long ownAlbum(long albumId, Long ownerId) {
        boolean owned = albumId > 0 && albums.ownerOf(albumId).filter(owner -> owner.equals(ownerId)).isPresent();
        if (!owned) {
            throw Refusal.invalidAlbum();
        }
        return albumId;
    }

    private Long category(String text) {
        String digits = text.strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,18}") || !categories.exists(Long.parseLong(digits))) {
            throw Refusal.invalidCategory();
        }
        return Long.parseLong(digits);
    }

    private Instant expiration(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.toLowerCase(Locale.ROOT).equals("never")) {
            return null;
        }
        return Expirations.parse(value, clock.instant()).orElseThrow(() -> Refusal.invalidValue(
                "Expiration must be seconds or an ISO-8601 duration such as PT1H or P1D"));
    }
}
