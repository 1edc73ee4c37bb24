package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.EditMedia;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ListMedia;
import io.vistazo.core.port.in.ManageAccounts;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.core.port.in.MediaChanges;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My media": {@code /my} lists the signed-in user's media, newest first (an admin's lists everyone's, or one
 * owner's with {@code ?owner=<name>}); {@code /my/media/<id>} edits one; {@code /my/media/<id>/delete} deletes it.
 */
final class MyMediaRoutes implements Router.Routes {

    private final Pages pages;
    private final Guard guard;
    private final ManageAccounts accounts;
    private final ManageAlbums albums;
    private final ManageCategories categories;
    private final ListMedia listing;
    private final EditMedia editor;
    private final LinkMedia links;

    MyMediaRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new Guard(services.sessions());
        this.accounts = services.accounts();
        this.albums = services.albums();
        this.categories = services.categories();
        this.listing = services.listing();
        this.editor = services.editor();
        this.links = services.links();
    }

    @Override
    public void register(Router router) {
        router.get("/my", guard.page(this::list));
        router.get("/my/media/{id}", guard.page(this::editForm));
        router.post("/my/media/{id}", guard.form(this::save));
        router.post("/my/media/{id}/delete", guard.form(this::delete));
    }

    private void list(Exchange exchange, User user) throws IOException {
        Forms query = Forms.query(exchange);
        Optional<User> owner = ownerFilter(user, query.get("owner"));
        Paging paging = Paging.of(query.page(), Paging.GRID_SIZE, page -> owner.isPresent()
                ? listing.byUser(user, owner.get(), page) : listing.everyone(user, page));
        Map<Long, String> names = user.isAdmin() ? ownerNames(user) : Map.of();
        String path = "/my" + owner.filter(found -> user.isAdmin()).map(found -> "?owner=" + found.name())
                .orElse("");
        pages.send(exchange, 200, "myMedia.jte", pages.frame(exchange), MyMediaPage.view(user, paging, path, names,
                owner.map(User::name).orElse(null), links));
    }

    /** Users see their own media; an admin sees everyone's (empty) unless naming one owner. */
    private Optional<User> ownerFilter(User user, String ownerName) {
        if (!user.isAdmin()) {
            return Optional.of(user);
        }
        if (ownerName == null || ownerName.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(accounts.find(ownerName).orElseThrow(Refusal::noSuchUser));
    }

    private Map<Long, String> ownerNames(User admin) {
        return accounts.list(admin).stream().collect(Collectors.toMap(User::id, User::name));
    }

    private void editForm(Exchange exchange, User user) throws IOException {
        Media media = editor.managed(user, id(exchange));
        boolean saved = "1".equals(Forms.query(exchange).get("saved"));
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 200, "myMediaEdit.jte", frame, MediaEditPage.view(media, frame.csrf(),
                albumsOf(user, media), categories.list(), links, saved, frame.messages()));
    }

    private void save(Exchange exchange, User user, Forms form) throws IOException {
        Media media = editor.edit(user, id(exchange), new MediaChanges(form.get("title", ""),
                form.get("description", ""), form.get("tags", ""), form.get("album", ""), form.get("category", ""),
                form.has("nsfw"), expiration(form.get("expiration", "keep"))));
        exchange.redirect(303, "/my/media/" + links.encodedId(media) + "?saved=1");
    }

    private void delete(Exchange exchange, User user, Forms form) throws IOException {
        editor.delete(user, id(exchange));
        exchange.redirect(303, SafeRedirect.target(form.get("next", "/my")));
    }

    /** The albums the media may join: its owner's (none for a guest upload). */
    private List<Album> albumsOf(User user, Media media) {
        if (media.userId() == null) {
            return List.of();
        }
        Function<User, List<Album>> of = owner -> albums.listByUser(user, owner);
        if (media.userId() == user.id()) {
            return of.apply(user);
        }
        return accounts.list(user).stream().filter(owner -> owner.id() == media.userId()).findFirst()
                .map(of).orElse(List.of());
    }

    /** The form's {@code keep} changes nothing. */
    private static String expiration(String choice) {
        return choice.equals("keep") ? null : choice;
    }

    private long id(Exchange exchange) {
        long id = links.codec().decode(exchange.pathParam("id"));
        if (id <= 0) {
            throw Refusal.notFound();
        }
        return id;
    }
}
