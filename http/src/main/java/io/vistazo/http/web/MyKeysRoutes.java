package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageKeys;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;

/** {@code /my/keys}: the signed-in user's API keys, listed masked, created (shown once) and revoked. */
final class MyKeysRoutes implements Router.Routes {

    private static final String HOME = "/my/keys";

    private final Pages pages;
    private final Guard guard;
    private final ManageKeys keys;

    MyKeysRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new Guard(services.sessions());
        this.keys = services.keys();
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::list));
        router.post(HOME, guard.form(this::create));
        router.post(HOME + "/revoke", guard.form(this::revoke));
    }

    private void list(Exchange exchange, User user) throws IOException {
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 200, "myKeys.jte", frame, MyKeysPage.view(frame.csrf(), keys.list(user, user), null));
    }

    /** Answers with the page itself rather than a redirect: the new key is shown this once, and never stored. */
    private void create(Exchange exchange, User user, Forms form) throws IOException {
        ManageKeys.IssuedKey issued = keys.create(user, user, form.get("name"));
        exchange.header("Cache-Control", "no-store");
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 201, "myKeys.jte", frame, MyKeysPage.view(frame.csrf(), keys.list(user, user),
                issued));
    }

    private void revoke(Exchange exchange, User user, Forms form) throws IOException {
        keys.revoke(user, form.get("key"));
        exchange.redirect(303, HOME);
    }
}
