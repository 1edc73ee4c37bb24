package io.vistazo.core.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first path segment of the viewer pages ({@code /image/<slug>.<id>}, {@code /video/…}) and of the album
 * pages ({@code /album/<slug>.<id>}). A site moved from Chevereto keeps the names its old site used, so every link
 * ever posted still answers.
 */
public record PageRoutes(String image, String video, String album) {

    /** One URL-safe path segment: what Chevereto accepts as a route name. Set before {@link #DEFAULTS} uses it. */
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** The names when the operator sets none, as Chevereto's. */
    public static final PageRoutes DEFAULTS = new PageRoutes("image", "video", "album");

    public PageRoutes {
        image = segment(image, "image");
        video = segment(video, "video");
        album = segment(album, "album");
        if (Stream.of(image, video, album).distinct().count() < 3) {
            throw new IllegalArgumentException("the image, video and album routes must differ, not " + image + ", "
                    + video + ", " + album);
        }
    }

    /** The route of a media's pages. */
    public String of(MediaKind kind) {
        return kind == MediaKind.VIDEO ? video : image;
    }

    private static String segment(String route, String what) {
        String name = route == null ? "" : route.strip().toLowerCase(Locale.ROOT);
        if (!SEGMENT.matcher(name).matches()) {
            throw new IllegalArgumentException("the " + what + " route must be one path segment of letters, digits,"
                    + " '-' and '_', not '" + route + "'");
        }
        return name;
    }
}
