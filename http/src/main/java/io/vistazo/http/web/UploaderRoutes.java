package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.http.Exchange;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code /upload}, the web uploader, in the visitor's language inside the site's layout, and its script. */
public final class UploaderRoutes implements Router.Routes {

    public static final String PAGE_PATH = "/upload";
    /** Where the page sends each file; see {@code io.vistazo.http.WebUploadRoutes}. */
    public static final String UPLOAD_PATH = "/web/upload";
    /**
     * The page's own script only (no inline script, no eval); requests to this site only; previews of the
     * visitor's files through {@code blob:} URLs.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private final WebSessions sessions;
    private final ManageAlbums albums;
    private final ManageCategories categories;
    private final UploaderSettings settings;
    private final HttpSettings http;
    private final Pages pages;
    private final StaticAsset script = StaticAsset.load("uploader.js", "text/javascript; charset=UTF-8");

    /** @param pages renders the page inside the layout, with the site's one style sheet */
    public UploaderRoutes(WebSessions sessions, ManageAlbums albums, ManageCategories categories,
                          UploaderSettings settings, HttpSettings http, Pages pages) {
        this.sessions = sessions;
        this.albums = albums;
        this.categories = categories;
        this.settings = settings;
        this.http = http;
        this.pages = pages;
    }

    @Override
    public void register(Router router) {
        router.get(PAGE_PATH, this::page);
        script.register(router);
    }

    private void page(Exchange exchange) throws IOException {
        // Before the frame: guests upload with the token of an anonymous session too.
        String csrf = sessions.csrfToken(exchange);
        PageFrame frame = pages.frame(exchange);
        Optional<User> user = frame.user();
        boolean urlUploads = settings.urlUploads().allows(frame.viewer());
        List<UploaderView.Choice> albumChoices = albumChoices(user);
        UploaderView view = new UploaderView(user.isPresent() || settings.guestUploads(), user.isPresent(),
                urlUploads, albumChoices, categoryChoices(), settings.formats(), http.maxUploadBytes(),
                http.maxVideoBytes(), script.path(), UploaderData.texts(frame.messages()),
                UploaderData.config(csrf, settings, http.maxUploadBytes(), http.maxVideoBytes(), user.isPresent(),
                        urlUploads, albumChoices));
        pages.send(exchange, 200, "upload.jte", frame, view, CSP);
    }

    private List<UploaderView.Choice> albumChoices(Optional<User> user) {
        if (user.isEmpty()) {
            return List.of();
        }
        return albums.listByUser(user.get(), user.get()).stream()
                .map(album -> new UploaderView.Choice(albums.encodedId(album), album.name())).toList();
    }

    private List<UploaderView.Choice> categoryChoices() {
        return categories.list().stream()
                .map(category -> new UploaderView.Choice(Long.toString(category.id()), category.name())).toList();
    }
}
