package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ListMedia;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.http.Exchange;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Router;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public listings: an album ({@code /album/<slug>.<id>}, short form {@code /album/<id>}), a category
 * ({@code /category/<url key>}) and a tag ({@code /tag/<name>}). ManageAlbums someone may not open are not found.
 */
final class GalleryRoutes implements Router.Routes {

    private final ManageAlbums albums;
    private final ManageCategories categories;
    private final ListMedia listing;
    private final LinkMedia links;
    private final HttpSettings settings;
    private final Pages pages;

    GalleryRoutes(WebServices services, HttpSettings settings, Pages pages) {
        this.albums = services.albums();
        this.categories = services.categories();
        this.listing = services.listing();
        this.links = services.links();
        this.settings = settings;
        this.pages = pages;
    }

    @Override
    public void register(Router router) {
        router.get("/" + links.albumRoute() + "/{slugId}", this::album);
        router.get("/category/{key}", this::category);
        router.get("/tag/{name}", this::tag);
    }

    private void album(Exchange exchange) throws IOException {
        String segment = exchange.pathParam("slugId");
        long id = albums.decodeId(segment.substring(segment.lastIndexOf('.') + 1));
        PageFrame frame = pages.frame(exchange);
        User viewer = frame.viewer();
        Album album = albums.find(viewer, id).orElseThrow(Refusal::notFound);
        String canonical = links.albumPath(album);
        if (!exchange.rawPath().equals(canonical)) {
            exchange.redirect(302, canonical + (exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery()));
            return;
        }
        Paging paging = Paging.of(Forms.query(exchange).page(), Paging.GRID_SIZE,
                page -> albums.media(viewer, album.id(), page));
        pages.send(exchange, 200, "album.jte", frame, AlbumPage.view(album, paging, viewer, links,
                settings.baseUrl(exchange) + canonical, settings.baseUrl(exchange), frame.siteName()));
    }

    private void category(Exchange exchange) throws IOException {
        Category category = categories.findByUrlKey(exchange.pathParam("key")).orElseThrow(Refusal::notFound);
        PageFrame frame = pages.frame(exchange);
        Paging paging = Paging.of(Forms.query(exchange).page(), Paging.GRID_SIZE,
                page -> listing.byCategory(category.id(), page));
        String path = "/category/" + URLEncoder.encode(category.urlKey(), StandardCharsets.UTF_8);
        pages.send(exchange, 200, "listing.jte", frame, new ListingView(
                frame.format("listing.category", category.name()), category.description(),
                Grid.thumbs(paging.items(), links, frame.viewer()), paging, path));
    }

    private void tag(Exchange exchange) throws IOException {
        String tag = exchange.pathParam("name");
        PageFrame frame = pages.frame(exchange);
        Paging paging = Paging.of(Forms.query(exchange).page(), Paging.GRID_SIZE, page -> listing.byTag(tag, page));
        pages.send(exchange, 200, "listing.jte", frame, new ListingView(frame.format("listing.tag", tag), null,
                Grid.thumbs(paging.items(), links, frame.viewer()), paging, exchange.rawPath()));
    }
}
