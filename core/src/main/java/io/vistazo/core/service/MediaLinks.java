package io.vistazo.core.service;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.text.IdCodec;
import io.vistazo.core.text.Slugs;

/**
 * The public paths of a media: viewer ({@code /image/<slug>.<id>}), short ({@code /image/<id>}), files
 * ({@code /images/<key>}) and delete link. Paths are relative; the HTTP edge prefixes the base URL.
 */
public final class MediaLinks {

    /** URL prefix the stored files are served under. */
    public static final String FILES_ROUTE = "images";

    private final IdCodec codec;
    private final String imageRoute;
    private final String videoRoute;

    public MediaLinks(IdCodec codec, String imageRoute, String videoRoute) {
        this.codec = codec;
        this.imageRoute = imageRoute;
        this.videoRoute = videoRoute;
    }

    public IdCodec codec() {
        return codec;
    }

    public String encodedId(Media media) {
        return codec.encode(media.id());
    }

    public String route(MediaKind kind) {
        return kind == MediaKind.VIDEO ? videoRoute : imageRoute;
    }

    public String viewerPath(Media media) {
        String slug = media.title() == null ? "" : Slugs.fromTitle(media.title());
        String last = slug.isEmpty() ? encodedId(media) : slug + "." + encodedId(media);
        return "/" + route(media.kind()) + "/" + last;
    }

    public String shortPath(Media media) {
        return "/" + route(media.kind()) + "/" + encodedId(media);
    }

    public String filePath(String storageKey) {
        return "/" + FILES_ROUTE + "/" + storageKey;
    }

    public String deletePath(Media media, String deleteSecret) {
        return shortPath(media) + "/delete/" + deleteSecret;
    }

    /** The id in the last path segment of a viewer URL ({@code slug.id} or {@code id}); 0 when none. */
    public long idFromSegment(String segment) {
        return codec.decode(segment.substring(segment.lastIndexOf('.') + 1));
    }
}
