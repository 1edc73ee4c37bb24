package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageInvites;
import io.vistazo.http.Exchange;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Router;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /admin/invites}: admins list, create (the link shown once) and revoke one-use sign-up invites. */
final class InviteRoutes implements Router.Routes {

    private static final String HOME = "/admin/invites";

    private final Pages pages;
    private final Guard guard;
    private final ManageInvites invites;
    private final HttpSettings settings;

    InviteRoutes(WebServices services, HttpSettings settings, Pages pages) {
        this.pages = pages;
        this.guard = new Guard(services.sessions());
        this.invites = services.account().invites();
        this.settings = settings;
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::list));
        router.post(HOME, guard.form(this::create));
        router.post(HOME + "/revoke", guard.form(this::revoke));
    }

    private void list(Exchange exchange, User user) throws IOException {
        send(exchange, 200, user, null);
    }

    /** Answers with the page itself: the new link is shown this once, and its code is never stored. */
    private void create(Exchange exchange, User user, Forms form) throws IOException {
        ManageInvites.IssuedInvite issued = invites.create(user);
        exchange.header("Cache-Control", "no-store");
        send(exchange, 201, user, settings.baseUrl(exchange) + "/signup?invite="
                + URLEncoder.encode(issued.code(), StandardCharsets.UTF_8));
    }

    private void revoke(Exchange exchange, User user, Forms form) throws IOException {
        invites.revoke(user, form.get("invite"));
        exchange.redirect(303, HOME);
    }

    private void send(Exchange exchange, int status, User user, String issuedLink) throws IOException {
        if (!user.isAdmin()) {
            throw Refusal.forbidden("Only admins manage invites");
        }
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, status, "invites.jte", frame, new AccountViews.InviteList(frame.csrf(),
                invites.list(user).stream().map(InviteRoutes::row).toList(), issuedLink));
    }

    private static AccountViews.InviteRow row(ManageInvites.InviteView invite) {
        String state = invite.revoked() ? "account.invites.revoked"
                : invite.used() != null ? "account.invites.used" : "account.invites.open";
        return new AccountViews.InviteRow(invite.id(), invite.created().toString(),
                invite.createdBy() == null ? "" : invite.createdBy(), state,
                invite.usedBy() == null ? "" : invite.usedBy(), invite.open());
    }
}
