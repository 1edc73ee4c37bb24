package io.vistazo.http.web;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;

/**
 * {@code /my/albums}: the signed-in user's albums, created, renamed, described, made public, private or
 * unlisted, and deleted with or without their media.
 */
final class MyAlbumsRoutes implements Router.Routes {

    private static final String HOME = "/my/albums";

    private final Pages pages;
    private final Guard guard;
    private final ManageAlbums albums;
    private final LinkMedia links;

    MyAlbumsRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new Guard(services.sessions());
        this.albums = services.albums();
        this.links = services.links();
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::list));
        router.post(HOME, guard.form(this::create));
        router.post(HOME + "/{id}", guard.form(this::update));
        router.post(HOME + "/{id}/delete", guard.form(this::delete));
    }

    private void list(Exchange exchange, User user) throws IOException {
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 200, "myAlbums.jte", frame, MyAlbumsPage.view(frame.csrf(),
                albums.listByUser(user, user), albums, links));
    }

    private void create(Exchange exchange, User user, Forms form) throws IOException {
        albums.create(user, user, form.get("name"), form.get("description"), privacy(form));
        exchange.redirect(303, HOME);
    }

    /** Every field of the album's form is written: name, description and privacy. */
    private void update(Exchange exchange, User user, Forms form) throws IOException {
        long id = id(exchange);
        albums.rename(user, id, form.get("name"));
        albums.describe(user, id, form.get("description"));
        albums.setPrivacy(user, id, privacy(form));
        exchange.redirect(303, HOME);
    }

    private void delete(Exchange exchange, User user, Forms form) throws IOException {
        albums.delete(user, id(exchange), "1".equals(form.get("with_media")));
        exchange.redirect(303, HOME);
    }

    private static AlbumPrivacy privacy(Forms form) {
        return AlbumPrivacy.parse(form.get("privacy", "public"));
    }

    private long id(Exchange exchange) {
        long id = albums.decodeId(exchange.pathParam("id"));
        if (id <= 0) {
            throw Refusal.notFound();
        }
        return id;
    }
}
