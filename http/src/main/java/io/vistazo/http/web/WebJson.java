package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Media;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.http.ApiResponses;
import io.vistazo.http.Exchange;
import io.vistazo.http.HttpSettings;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The web API's representations of media and albums, and its success envelope. */
final class WebJson {

    private final ApiResponses responses;
    private final LinkMedia links;
    private final ManageAlbums albums;
    private final HttpSettings settings;

    WebJson(ApiResponses responses, LinkMedia links, ManageAlbums albums, HttpSettings settings) {
        this.responses = responses;
        this.links = links;
        this.albums = albums;
        this.settings = settings;
    }

    /** {@code {"status_code": 200, "success": {...}, "status_txt": "OK"}}, to add fields to. */
    static Map<String, Object> ok(String message) {
        Map<String, Object> body = ok();
        body.put("success", Map.of("message", message, "code", 200));
        return body;
    }

    static Map<String, Object> ok() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status_code", 200);
        body.put("status_txt", "OK");
        return body;
    }

    void send(Exchange exchange, int status, Map<String, Object> body) throws IOException {
        responses.json(exchange, status, body);
    }

    Map<String, Object> media(Media media, Exchange exchange) {
        String base = settings.baseUrl(exchange);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id_encoded", links.encodedId(media));
        json.put("kind", media.kind().label());
        json.put("title", media.title());
        json.put("description", media.description());
        json.put("tags", media.tags());
        json.put("album_id", media.albumId() == null ? null : links.codec().encode(media.albumId()));
        json.put("category_id", media.categoryId());
        json.put("nsfw", media.nsfw());
        json.put("expiration_date_gmt", media.expiresAt() == null ? null : media.expiresAt().toString());
        json.put("date_gmt", media.dateGmt().toString());
        json.put("width", media.width());
        json.put("height", media.height());
        json.put("size", media.size());
        json.put("views", media.views());
        json.put("url", links.fileUrl(base, media, media.storageKey()));
        json.put("url_viewer", base + links.viewerPath(media));
        json.put("thumb_url", base + Grid.thumbPath(media, links));
        return json;
    }

    Map<String, Object> album(Album album, Exchange exchange) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id_encoded", albums.encodedId(album));
        json.put("name", album.name());
        json.put("description", album.description());
        json.put("privacy", album.privacy().label());
        json.put("media_count", album.mediaCount());
        json.put("url", settings.baseUrl(exchange) + links.albumPath(album));
        json.put("date_gmt", album.created().toString());
        return json;
    }
}
