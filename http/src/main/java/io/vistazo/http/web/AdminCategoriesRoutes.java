package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.Objects;

/** {@code /admin/categories}: an admin adds, edits and deletes the categories (their media stay). */
final class AdminCategoriesRoutes implements Router.Routes {

    private static final String HOME = "/admin/categories";

    private final Pages pages;
    private final AdminGuard guard;
    private final ManageCategories categories;

    AdminCategoriesRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new AdminGuard(services.sessions());
        this.categories = services.categories();
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::list));
        router.post(HOME, guard.form(this::create));
        router.post(HOME + "/edit", guard.form(this::edit));
        router.post(HOME + "/delete", guard.form(this::delete));
    }

    private void list(Exchange exchange, User admin) throws IOException {
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 200, "adminCategories.jte", frame, new AdminViews.CategoryList(frame.csrf(),
                categories.list().stream().map(category -> new AdminViews.CategoryRow(category.name(),
                        category.urlKey(), Objects.requireNonNullElse(category.description(), ""))).toList()));
    }

    private void create(Exchange exchange, User admin, Forms form) throws IOException {
        categories.create(admin, form.get("name"), form.get("url_key"), blankAsNull(form.get("description")));
        exchange.redirect(303, HOME);
    }

    private void edit(Exchange exchange, User admin, Forms form) throws IOException {
        categories.edit(admin, form.get("category"), form.get("name"), form.get("url_key"),
                blankAsNull(form.get("description")));
        exchange.redirect(303, HOME);
    }

    private void delete(Exchange exchange, User admin, Forms form) throws IOException {
        categories.remove(admin, form.get("category"));
        exchange.redirect(303, HOME);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
