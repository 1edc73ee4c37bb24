package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.http.Exchange;
import io.vistazo.http.Html;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code /upload}, the web uploader, in the visitor's language, with its script and style sheet. */
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
    private final StaticAsset script = StaticAsset.load("uploader.js", "text/javascript; charset=UTF-8");
    private final StaticAsset styles = StaticAsset.load("uploader.css", "text/css; charset=UTF-8");

    public UploaderRoutes(WebSessions sessions, ManageAlbums albums, ManageCategories categories,
                          UploaderSettings settings, HttpSettings http) {
        this.sessions = sessions;
        this.albums = albums;
        this.categories = categories;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public void register(Router router) {
        router.get(PAGE_PATH, this::page);
        script.register(router);
        styles.register(router);
    }

    private void page(Exchange exchange) throws IOException {
        Optional<User> user = sessions.user(exchange);
        String csrf = sessions.csrfToken(exchange);
        // After the session calls: they replace every Set-Cookie, and this may add the language cookie.
        Language language = Language.of(exchange);
        User uploader = user.orElse(User.GUEST);
        UploaderView view = new UploaderView(Messages.of(language), user, csrf,
                user.isPresent() || settings.guestUploads(), settings.urlUploads().allows(uploader),
                albumChoices(user), categories.list(), settings, http.maxUploadBytes(), http.maxVideoBytes(),
                new UploaderView.Assets(script.path(), styles.path()));
        exchange.header("Vary", "Accept-Language, Cookie");
        Html.send(exchange, 200, UploaderPage.render(view), CSP);
    }

    private List<UploaderView.AlbumChoice> albumChoices(Optional<User> user) {
        if (user.isEmpty()) {
            return List.of();
        }
        return albums.listByUser(user.get(), user.get()).stream()
                .map(album -> new UploaderView.AlbumChoice(albums.encodedId(album), album.name())).toList();
    }
}
