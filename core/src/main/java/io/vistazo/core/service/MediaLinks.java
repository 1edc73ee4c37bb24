package io.vistazo.core.service;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.PageRoutes;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.text.IdCodec;
import io.vistazo.core.text.Slugs;

/**
 * The public paths of a media: viewer ({@code /image/<slug>.<id>}), short ({@code /image/<id>}), files
 * ({@code /images/<key>}) and delete link. Paths are relative; the HTTP edge prefixes the base URL. With a public
 * file host ({@code s3-public-url}: a CDN or public bucket), the file links handed out for media everyone may see
 * point there instead ({@link #fileUrl}).
 */
public final class MediaLinks implements LinkMedia {

    private final IdCodec codec;
    private final PageRoutes routes;
    /** Ends with '/'; null when every file is linked through Vistazo. */
    private final String publicFilesUrl;
    private final AlbumRepository albums;

    public MediaLinks(IdCodec codec, PageRoutes routes) {
        this(codec, routes, null, null);
    }

    private MediaLinks(IdCodec codec, PageRoutes routes, String publicFilesUrl, AlbumRepository albums) {
        this.codec = codec;
        this.routes = routes;
        this.publicFilesUrl = publicFilesUrl;
        this.albums = albums;
    }

    /**
     * These links, with the files of media everyone may see linked at {@code baseUrl + key}.
     *
     * @param albums tells which albums are public
     */
    public MediaLinks withPublicFiles(String baseUrl, AlbumRepository albums) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new MediaLinks(codec, routes, base, albums);
    }

    @Override
    public IdCodec codec() {
        return codec;
    }

    @Override
    public String encodedId(Media media) {
        return codec.encode(media.id());
    }

    @Override
    public String route(MediaKind kind) {
        return routes.of(kind);
    }

    @Override
    public String albumRoute() {
        return routes.album();
    }

    @Override
    public String albumPath(Album album) {
        String slug = Slugs.fromTitle(album.name());
        return "/" + routes.album() + "/" + (slug.isEmpty() ? "" : slug + ".") + codec.encode(album.id());
    }

    @Override
    public String viewerPath(Media media) {
        String slug = media.title() == null ? "" : Slugs.fromTitle(media.title());
        String last = slug.isEmpty() ? encodedId(media) : slug + "." + encodedId(media);
        return "/" + route(media.kind()) + "/" + last;
    }

    @Override
    public String shortPath(Media media) {
        return "/" + route(media.kind()) + "/" + encodedId(media);
    }

    @Override
    public String filePath(String storageKey) {
        return "/" + FILES_ROUTE + "/" + storageKey;
    }

    /**
     * The URL handed out for one of the media's files: on the public file host when there is one and everyone
     * may see the media, else Vistazo's own ({@code baseUrl} + {@link #filePath}).
     */
    @Override
    public String fileUrl(String baseUrl, Media media, String storageKey) {
        if (publicFilesUrl != null && everyoneMaySee(media)) {
            return publicFilesUrl + storageKey;
        }
        return baseUrl + filePath(storageKey);
    }

    /**
     * Outside any album or in a public one, and not expiring: a public host or its CDN would go on serving an
     * expired file, and nobody could take a private one back from it.
     */
    private boolean everyoneMaySee(Media media) {
        if (media.expiresAt() != null) {
            return false;
        }
        return media.albumId() == null || albums.findById(media.albumId())
                .map(album -> album.privacy() == AlbumPrivacy.PUBLIC).orElse(false);
    }

    @Override
    public String deletePath(Media media, String deleteSecret) {
        return shortPath(media) + "/delete/" + deleteSecret;
    }

    /** The id in the last path segment of a viewer URL ({@code slug.id} or {@code id}); 0 when none. */
    @Override
    public long idFromSegment(String segment) {
        return codec.decode(segment.substring(segment.lastIndexOf('.') + 1));
    }
}
