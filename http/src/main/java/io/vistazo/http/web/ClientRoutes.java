package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageKeys;
import io.vistazo.http.Exchange;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /my/clients}: one click makes a new named API key and answers with a ready ShareX {@code .sxcu}; the
 * other button makes one and shows, this once, the settings of PicGo, imgbb-uploader and a curl line with it.
 */
final class ClientRoutes implements Router.Routes {

    private static final String HOME = "/my/clients";

    private final Pages pages;
    private final Guard guard;
    private final ManageKeys keys;
    private final HttpSettings settings;

    ClientRoutes(WebServices services, HttpSettings settings, Pages pages) {
        this.pages = pages;
        this.guard = new Guard(services.sessions());
        this.keys = services.keys();
        this.settings = settings;
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::show));
        router.post(HOME, guard.form(this::settingsWithNewKey));
        router.post(HOME + "/sharex", guard.form(this::sharexWithNewKey));
    }

    private void show(Exchange exchange, User user) throws IOException {
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 200, "myClients.jte", frame, new AccountViews.ClientSetup(frame.csrf(), null, null,
                null, null, null, null, null));
    }

    /** Answers with the page itself: the new key is shown this once, and never stored. */
    private void settingsWithNewKey(Exchange exchange, User user, Forms form) throws IOException {
        ManageKeys.IssuedKey issued = keys.create(user, user, form.get("name"));
        ClientConfigs configs = configs(exchange, issued.key());
        exchange.header("Cache-Control", "no-store");
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 201, "myClients.jte", frame, new AccountViews.ClientSetup(frame.csrf(),
                issued.view().name(), issued.key(), configs.uploadUrl(), configs.cheveretoHost(), configs.picgo(),
                configs.curl(), configs.sharex()));
    }

    private void sharexWithNewKey(Exchange exchange, User user, Forms form) throws IOException {
        ManageKeys.IssuedKey issued = keys.create(user, user, form.get("name", "ShareX"));
        ClientConfigs configs = configs(exchange, issued.key());
        exchange.header("Cache-Control", "no-store");
        exchange.header("Content-Disposition", "attachment; filename=\"" + configs.sharexFileName() + "\"");
        exchange.send(200, "application/json; charset=utf-8", configs.sharex().getBytes(StandardCharsets.UTF_8));
    }

    private ClientConfigs configs(Exchange exchange, String key) {
        return new ClientConfigs(settings.baseUrl(exchange), pages.frame(exchange).siteName(), key);
    }
}
