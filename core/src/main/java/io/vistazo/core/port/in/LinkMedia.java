package io.vistazo.core.port.in;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.text.IdCodec;

/**
 * The public paths of a media: viewer ({@code /image/<slug>.<id>}), short ({@code /image/<id>}), files
 * ({@code /images/<key>}) and delete link. Paths are relative; the HTTP edge prefixes the base URL.
 */
public interface LinkMedia {

    /** URL prefix the stored files are served under. */
    String FILES_ROUTE = "images";

    /** The codec of the ids in links (media and albums). */
    IdCodec codec();

    String encodedId(Media media);

    /** The first path segment of the media's pages: the image route or the video route. */
    String route(MediaKind kind);

    /** The first path segment of the album pages. */
    String albumRoute();

    /** {@code /album/<slug>.<id>} (under the album route), with the slug of the album's current name. */
    String albumPath(Album album);

    String viewerPath(Media media);

    String shortPath(Media media);

    String filePath(String storageKey);

    /**
     * The URL handed out for one of the media's files: on the public file host when there is one and everyone may
     * see the media, else Vistazo's own ({@code baseUrl} + {@link #filePath}).
     */
    String fileUrl(String baseUrl, Media media, String storageKey);

    String deletePath(Media media, String deleteSecret);

    /** The id in the last path segment of a viewer URL ({@code slug.id} or {@code id}); 0 when none. */
    long idFromSegment(String segment);
}
