package io.vistazo.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.EditMedia;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ListMedia;
import io.vistazo.core.port.in.ManageAccounts;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.in.MediaChanges;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON for the web UI under {@code /web/api}: the signed-in user's media (list, read, edit, delete, move to an
 * album) and albums (list, create, possibly from media, change, delete). Reads need the session; changes also
 * its CSRF token in {@value CookieSessions#CSRF_HEADER}. Refusals use the API's error envelope.
 */
final class WebApiRoutes implements Router.Routes {

    private static final String BASE = "/web/api";
    private static final int DEFAULT_PAGE_SIZE = 24;

    private final JsonGuard guard;
    private final ManageAccounts accounts;
    private final ManageAlbums albums;
    private final ListMedia listing;
    private final EditMedia editor;
    private final LinkMedia links;
    private final WebJson json;

    WebApiRoutes(WebServices services, JsonGuard guard, WebJson json) {
        this.guard = guard;
        this.accounts = services.accounts();
        this.albums = services.albums();
        this.listing = services.listing();
        this.editor = services.editor();
        this.links = services.links();
        this.json = json;
    }

    @Override
    public void register(Router router) {
        router.get(BASE + "/media", guard.read(this::listMedia));
        router.post(BASE + "/media/move", guard.change(this::moveMedia));
        router.get(BASE + "/media/{id}", guard.read(this::readMedia));
        router.post(BASE + "/media/{id}", guard.change(this::editMedia));
        router.delete(BASE + "/media/{id}", guard.change(this::deleteMedia));
        router.get(BASE + "/albums", guard.read(this::listAlbums));
        router.post(BASE + "/albums", guard.change(this::createAlbum));
        router.post(BASE + "/albums/{id}", guard.change(this::changeAlbum));
        router.delete(BASE + "/albums/{id}", guard.change(this::deleteAlbum));
    }

    /** {@code ?page=&per_page=}; an admin sees everyone's unless {@code ?owner=<name>}. */
    private void listMedia(Exchange exchange, User user, JsonNode body) throws IOException {
        Forms query = Forms.query(exchange);
        int size = Math.max(1, Math.min(100, parseInt(query.get("per_page"), DEFAULT_PAGE_SIZE)));
        String ownerName = query.get("owner");
        User owner = !user.isAdmin() ? user
                : ownerName == null || ownerName.isBlank() ? null : accounts.require(ownerName);
        Paging paging = Paging.of(query.page(), size, page -> owner == null ? listing.everyone(user, page)
                : listing.byUser(user, owner, page));
        List<Object> items = new ArrayList<>();
        for (Media media : paging.items()) {
            items.add(json.media(media, exchange));
        }
        Map<String, Object> answer = WebJson.ok();
        answer.put("media", items);
        answer.put("page", paging.number());
        answer.put("has_next_page", paging.hasNext());
        json.send(exchange, 200, answer);
    }

    private void readMedia(Exchange exchange, User user, JsonNode body) throws IOException {
        sendMedia(exchange, editor.managed(user, mediaId(exchange.pathParam("id"))));
    }

    /** Fields absent from the body stay as they are. */
    private void editMedia(Exchange exchange, User user, JsonNode body) throws IOException {
        MediaChanges changes = new MediaChanges(text(body, "title"), text(body, "description"), tags(body),
                text(body, "album_id"), text(body, "category_id"),
                body.has("nsfw") ? body.get("nsfw").asBoolean() : null, text(body, "expiration"));
        sendMedia(exchange, editor.edit(user, mediaId(exchange.pathParam("id")), changes));
    }

    private void deleteMedia(Exchange exchange, User user, JsonNode body) throws IOException {
        editor.delete(user, mediaId(exchange.pathParam("id")));
        json.send(exchange, 200, WebJson.ok("media deleted"));
    }

    /** {@code {"album_id": "<id>" or "" (out of any album), "media": ["<id>", …]}}. */
    private void moveMedia(Exchange exchange, User user, JsonNode body) throws IOException {
        String album = text(body, "album_id");
        long albumId = album == null || album.isBlank() ? 0 : albumId(album);
        int moved = editor.moveToAlbum(user, mediaIds(body), albumId);
        Map<String, Object> answer = WebJson.ok("media moved");
        answer.put("moved", moved);
        json.send(exchange, 200, answer);
    }

    private void listAlbums(Exchange exchange, User user, JsonNode body) throws IOException {
        List<Object> items = new ArrayList<>();
        for (Album album : albums.listByUser(user, user)) {
            items.add(json.album(album, exchange));
        }
        Map<String, Object> answer = WebJson.ok();
        answer.put("albums", items);
        json.send(exchange, 200, answer);
    }

    /** {@code {"name", "description", "privacy", "media": [ids]}}; with media, they move into the new album. */
    private void createAlbum(Exchange exchange, User user, JsonNode body) throws IOException {
        AlbumPrivacy privacy = AlbumPrivacy.parse(textOr(body, "privacy", "public"));
        Album album = body.has("media")
                ? editor.albumFrom(user, text(body, "name"), text(body, "description"), privacy, mediaIds(body))
                : albums.create(user, user, text(body, "name"), text(body, "description"), privacy);
        sendAlbum(exchange, 201, album);
    }

    /** Changes the fields the body names: {@code name}, {@code description}, {@code privacy}. */
    private void changeAlbum(Exchange exchange, User user, JsonNode body) throws IOException {
        long id = albumId(exchange.pathParam("id"));
        if (!body.has("name") && !body.has("description") && !body.has("privacy")) {
            throw Refusal.invalidValue("Name one of name, description or privacy to change");
        }
        Album album = null;
        if (body.has("name")) {
            album = albums.rename(user, id, text(body, "name"));
        }
        if (body.has("description")) {
            album = albums.describe(user, id, text(body, "description"));
        }
        if (body.has("privacy")) {
            album = albums.setPrivacy(user, id, AlbumPrivacy.parse(text(body, "privacy")));
        }
        sendAlbum(exchange, 200, album);
    }

    /** {@code ?with_media=1} deletes the album's media too. */
    private void deleteAlbum(Exchange exchange, User user, JsonNode body) throws IOException {
        boolean withMedia = "1".equals(Forms.query(exchange).get("with_media"));
        int deleted = albums.delete(user, albumId(exchange.pathParam("id")), withMedia);
        Map<String, Object> answer = WebJson.ok("album deleted");
        answer.put("deleted_media", deleted);
        json.send(exchange, 200, answer);
    }

    private void sendMedia(Exchange exchange, Media media) throws IOException {
        Map<String, Object> answer = WebJson.ok();
        answer.put("media", json.media(media, exchange));
        json.send(exchange, 200, answer);
    }

    private void sendAlbum(Exchange exchange, int status, Album album) throws IOException {
        Map<String, Object> answer = WebJson.ok();
        answer.put("status_code", status);
        answer.put("album", json.album(album, exchange));
        json.send(exchange, status, answer);
    }

    private long mediaId(String encoded) {
        long id = encoded == null ? 0 : links.codec().decode(encoded.strip());
        if (id <= 0) {
            throw Refusal.notFound("Media");
        }
        return id;
    }

    private long albumId(String encoded) {
        long id = albums.decodeId(encoded);
        if (id <= 0) {
            throw Refusal.notFound("Album");
        }
        return id;
    }

    private List<Long> mediaIds(JsonNode body) {
        JsonNode list = body.path("media");
        if (!list.isArray() || list.isEmpty()) {
            throw Refusal.invalidValue("media must be a non-empty list of media ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : list) {
            ids.add(mediaId(id.asText()));
        }
        return ids;
    }

    /** The field as text; null when absent or JSON null. */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String textOr(JsonNode body, String field, String fallback) {
        String value = text(body, field);
        return value == null ? fallback : value;
    }

    /** {@code tags} as a comma-separated string or a list of strings. */
    private static String tags(JsonNode body) {
        JsonNode value = body.get("tags");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> names = new ArrayList<>();
        value.forEach(tag -> names.add(tag.asText()));
        return String.join(",", names);
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
