package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.FindMedia;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.http.web.Templates;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /oembed?url=<viewer url>&format=json} (oembed.com): a {@code photo} for images, a {@code video} with a
 * player for videos, with the thumb. Only JSON is offered; {@code format=xml} answers 501 as the spec says.
 * Refusals are thrown and answered with the JSON envelope ({@code Refusals.json}, chosen in {@link VistazoHttp}).
 */
final class OEmbedRoutes implements Router.Routes {

    private final FindMedia finder;
    private final LinkMedia links;
    private final HttpSettings settings;
    private final ApiResponses responses;
    private final DerivativeSizes sizes;
    private final ManageAlbums albums;
    private final String siteName;

    /** @param siteName the answers' {@code provider_name} ({@code site-name}) */
    OEmbedRoutes(FindMedia finder, LinkMedia links, HttpSettings settings, ApiResponses responses,
                 DerivativeSizes sizes, ManageAlbums albums, String siteName) {
        this.finder = finder;
        this.links = links;
        this.settings = settings;
        this.responses = responses;
        this.sizes = sizes;
        this.albums = albums;
        this.siteName = siteName;
    }

    @Override
    public void register(Router router) {
        router.get("/oembed", this::oembed);
    }

    private void oembed(Exchange exchange) throws IOException {
        Map<String, String> query = UploadRequestParser.parseQuery(exchange.rawQuery());
        String format = query.getOrDefault("format", "json");
        if (!format.equals("json")) {
            throw new Refusal(501, Refusal.Reason.UNSUPPORTED, "Only format=json is offered");
        }
        Media media = mediaOf(query.get("url")).orElseThrow(() -> Refusal.notFound("Media"));
        String baseUrl = settings.baseUrl(exchange);
        Map<String, Object> answer = common(media, baseUrl);
        if (media.kind() == MediaKind.VIDEO) {
            putVideo(answer, media, baseUrl);
        } else {
            putPhoto(answer, media, baseUrl, query);
        }
        responses.json(exchange, 200, answer);
    }

    /** The media a viewer URL ({@code …/image/<slug>.<id>} or its short form) points at. */
    private Optional<Media> mediaOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        String[] segments = path == null ? new String[0] : path.split("/");
        if (segments.length != 3 || !segments[0].isEmpty()) {
            return Optional.empty();
        }
        for (MediaKind kind : MediaKind.values()) {
            if (links.route(kind).equals(segments[1])) {
                // Consumers fetch without cookies: they see what a visitor sees.
                return finder.visible(links.idFromSegment(segments[2])).filter(found -> found.kind() == kind)
                        .filter(found -> albums.mayView(User.GUEST, found));
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> common(Media media, String baseUrl) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", "1.0");
        answer.put("type", media.kind() == MediaKind.VIDEO ? "video" : "photo");
        answer.put("title", ViewerPage.titleOf(media));
        answer.put("provider_name", siteName);
        answer.put("provider_url", baseUrl + "/");
        // A sensitive picture is not handed to sites that would show it without the viewer's cover.
        if (media.has(ChainMember.THUMB) && !media.nsfw()) {
            answer.put("thumbnail_url", links.fileUrl(baseUrl, media, media.keyOf(ChainMember.THUMB)));
            answer.put("thumbnail_width", sizes.thumbWidth());
            answer.put("thumbnail_height", sizes.thumbHeight());
        }
        return answer;
    }

    /** The full image, or the medium when {@code maxwidth} asks for less and the medium fits. */
    private void putPhoto(Map<String, Object> answer, Media media, String baseUrl, Map<String, String> query) {
        ChainMember member = ChainMember.IMAGE;
        int width = media.width();
        int height = media.height();
        int maxWidth = bound(query.get("maxwidth"));
        if (width > maxWidth && media.has(ChainMember.MEDIUM) && sizes.mediumWidth() <= maxWidth) {
            member = ChainMember.MEDIUM;
            height = (int) Math.round(sizes.mediumWidth() * (double) height / width);
            width = sizes.mediumWidth();
        }
        answer.put("url", links.fileUrl(baseUrl, media, media.keyOf(member)));
        answer.put("width", width);
        answer.put("height", height);
    }

    private void putVideo(Map<String, Object> answer, Media media, String baseUrl) {
        Map<String, Object> player = new HashMap<>();
        player.put("width", media.width());
        player.put("height", media.height());
        // No poster for a sensitive video: the frame would show it uncovered. A null attribute is left out.
        player.put("poster", media.has(ChainMember.FRAME) && !media.nsfw()
                ? links.fileUrl(baseUrl, media, media.keyOf(ChainMember.FRAME)) : null);
        player.put("source", links.fileUrl(baseUrl, media, media.storageKey()));
        answer.put("html", Templates.render("oembedVideo.jte", player));
        answer.put("width", media.width());
        answer.put("height", media.height());
    }

    private static int bound(String value) {
        try {
            return value == null ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Integer.MAX_VALUE;
        }
    }
}
