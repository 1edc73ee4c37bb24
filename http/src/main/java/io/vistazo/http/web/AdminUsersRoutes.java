package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageAccounts;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/users}: an admin lists and searches the accounts, adds one, changes roles, resets a password
 * (shown once), disables or enables an account, and deletes one with or without its media.
 */
final class AdminUsersRoutes implements Router.Routes {

    static final String HOME = "/admin/users";
    private static final int PAGE_SIZE = 50;

    private final Pages pages;
    private final AdminGuard guard;
    private final ManageAccounts accounts;

    AdminUsersRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new AdminGuard(services.sessions());
        this.accounts = services.accounts();
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::list));
        router.post(HOME, guard.form(this::create));
        router.post(HOME + "/role", guard.form(this::changeRole));
        router.post(HOME + "/password", guard.form(this::resetPassword));
        router.post(HOME + "/disable", guard.form(this::disable));
        router.post(HOME + "/enable", guard.form(this::enable));
        router.post(HOME + "/delete", guard.form(this::delete));
    }

    private void list(Exchange exchange, User admin) throws IOException {
        Forms query = Forms.query(exchange);
        send(exchange, 200, admin, query.get("q", "").strip(), query.page(), null, null);
    }

    private void create(Exchange exchange, User admin, Forms form) throws IOException {
        String password = form.get("password", "");
        accounts.create(admin, form.get("name"), role(form.get("role")), password.isEmpty() ? null : password);
        exchange.redirect(303, HOME);
    }

    private void changeRole(Exchange exchange, User admin, Forms form) throws IOException {
        accounts.changeRole(admin, form.get("name"), role(form.get("role")));
        exchange.redirect(303, HOME);
    }

    /** Answers with the list itself rather than a redirect: the new password is shown this once. */
    private void resetPassword(Exchange exchange, User admin, Forms form) throws IOException {
        User target = accounts.require(form.get("name"));
        String password = accounts.resetPassword(admin, target.name());
        exchange.header("Cache-Control", "no-store");
        send(exchange, 200, admin, "", 1, target.name(), password);
    }

    private void disable(Exchange exchange, User admin, Forms form) throws IOException {
        accounts.setDisabled(admin, form.get("name"), true);
        exchange.redirect(303, HOME);
    }

    private void enable(Exchange exchange, User admin, Forms form) throws IOException {
        accounts.setDisabled(admin, form.get("name"), false);
        exchange.redirect(303, HOME);
    }

    private void delete(Exchange exchange, User admin, Forms form) throws IOException {
        accounts.remove(admin, form.get("name"), form.has("with_media"));
        exchange.redirect(303, HOME);
    }

    private void send(Exchange exchange, int status, User admin, String search, int page, String resetName,
                      String resetPassword) throws IOException {
        List<ManageAccounts.AccountView> found = accounts.search(admin, search, (page - 1) * PAGE_SIZE,
                PAGE_SIZE + 1);
        List<AdminViews.UserRow> rows = found.stream().limit(PAGE_SIZE)
                .map(account -> new AdminViews.UserRow(account.user().name(), account.user().isAdmin(),
                        account.disabled(), account.user().id() == admin.id()))
                .toList();
        String path = search.isEmpty() ? HOME : HOME + "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, status, "adminUsers.jte", frame, new AdminViews.UserList(frame.csrf(), search, rows,
                page, found.size() > PAGE_SIZE, path, resetName, resetPassword));
    }

    private static Role role(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "admin" -> Role.ADMIN;
            case "user" -> Role.USER;
            default -> throw Refusal.invalidValue("A user's role is admin or user");
        };
    }
}
