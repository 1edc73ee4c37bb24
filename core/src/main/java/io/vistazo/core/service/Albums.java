package io.vistazo.core.service;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.text.IdCodec;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Albums and who may see and change them. Owners and admins manage an album; anyone may open a public or unlisted
 * one by its link; only public albums are listed to others. An album someone may not see is "not found" to them,
 * so its existence does not leak. Ids on the outside are encoded with the same codec as media ids.
 */
public final class Albums implements ManageAlbums {

    private final AlbumRepository albums;
    private final MediaRepository media;
    private final DeleteMediaService deleter;
    private final IdCodec codec;
    private final Clock clock;

    public Albums(AlbumRepository albums, MediaRepository media, DeleteMediaService deleter, IdCodec codec,
                  Clock clock) {
        this.albums = albums;
        this.media = media;
        this.deleter = deleter;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public Album create(User actor, User owner, String name, String description, AlbumPrivacy privacy) {
        if (!actor.mayManage(owner.id())) {
            throw Refusal.forbidden("Only admins may create albums for other users");
        }
        Permissions.requireAccount(owner);
        return albums.create(owner.id(), albumName(name), Names.description(description), privacy,
                clock.instant());
    }

    @Override
    public Album rename(User actor, long albumId, String name) {
        Album album = managed(actor, albumId);
        return save(album.renamed(albumName(name)));
    }

    @Override
    public Album describe(User actor, long albumId, String description) {
        Album album = managed(actor, albumId);
        return save(album.described(Names.description(description)));
    }

    @Override
    public Album setPrivacy(User actor, long albumId, AlbumPrivacy privacy) {
        Album album = managed(actor, albumId);
        return save(album.withPrivacy(privacy));
    }

    /**
     * Deletes the album; with {@code withMedia} its media and their files too, else they stay outside any album.
     *
     * @return how many media were deleted
     */
    @Override
    public int delete(User actor, long albumId, boolean withMedia) {
        Album album = managed(actor, albumId);
        int deleted = withMedia ? deleter.deleteAll(MediaRepository.Query.all().inAlbum(album.id())) : 0;
        albums.delete(album.id());
        return deleted;
    }

    /** The album if {@code viewer} may open it (use {@link User#GUEST} for anonymous visitors). */
    @Override
    public Optional<Album> find(User viewer, long albumId) {
        if (albumId <= 0) {
            return Optional.empty();
        }
        return albums.findById(albumId)
                .filter(album -> album.openTo(viewer));
    }

    /**
     * Whether {@code viewer} may see a media on its own pages (viewer, oEmbed): not when it is in an album the
     * viewer may not open (chevereto-compat.md §5.5). Its files follow the same rule ({@link MediaFinder#file}).
     */
    @Override
    public boolean mayView(User viewer, Media shown) {
        return shown.albumId() == null || find(viewer, shown.albumId()).isPresent();
    }

    /** The owner's albums, newest first: all of them for the owner and admins, the public ones for others. */
    @Override
    public List<Album> listByUser(User viewer, User owner) {
        boolean all = viewer.mayManage(owner.id());
        return albums.listByUser(owner.id()).stream()
                .filter(album -> all || album.privacy() == AlbumPrivacy.PUBLIC)
                .toList();
    }

    /** One page of the album's unexpired media, newest first, if {@code viewer} may open the album. */
    @Override
    public List<Media> media(User viewer, long albumId, Page page) {
        Album album = find(viewer, albumId).orElseThrow(() -> Refusal.notFound("Album"));
        return media.list(MediaRepository.Query.all().inAlbum(album.id()).visibleAt(clock.instant()), page);
    }

    @Override
    public String encodedId(Album album) {
        return codec.encode(album.id());
    }

    /** 0 for text that is no album id. */
    @Override
    public long decodeId(String encoded) {
        return encoded == null || encoded.isBlank() ? 0 : codec.decode(encoded.strip());
    }

    /** Albums the actor cannot see are not found; those it can see but not change are forbidden. */
    private Album managed(User actor, long albumId) {
        Album album = find(actor, albumId).orElseThrow(() -> Refusal.notFound("Album"));
        if (!actor.mayManage(album.userId())) {
            throw Refusal.forbidden("Only the album's owner may change it");
        }
        return album;
    }

    private Album save(Album album) {
        albums.update(album);
        return albums.findById(album.id()).orElseThrow(() -> Refusal.notFound("Album"));
    }

    private static String albumName(String name) {
        return Names.label(name, Names.MAX_ALBUM_NAME, "Album names");
    }
}
