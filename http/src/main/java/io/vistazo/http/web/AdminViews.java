package io.vistazo.http.web;

import java.util.List;

/** What the admin pages ({@code /admin}, its users and categories) show, for the templates. */
public final class AdminViews {

    private AdminViews() {
    }

    /**
     * One account in the users list.
     *
     * @param self whether it is the admin looking at the page
     */
    public record UserRow(String name, boolean admin, boolean disabled, boolean self) {
    }

    /**
     * The users page.
     *
     * @param search the text the list is filtered on, or ""
     * @param path the page's own path with its search, for the paging links
     * @param resetName the account whose password was just reset, or null
     * @param resetPassword its new password, shown this once, or null
     */
    public record UserList(String csrf, String search, List<UserRow> rows, int page, boolean hasNext, String path,
                           String resetName, String resetPassword) {

        public UserList {
            rows = List.copyOf(rows);
        }
    }

    /** One category, with its own edit form. */
    public record CategoryRow(String name, String urlKey, String description) {
    }

    /** The categories page: each category's edit and delete forms, and the form that adds one. */
    public record CategoryList(String csrf, List<CategoryRow> rows) {

        public CategoryList {
            rows = List.copyOf(rows);
        }
    }
}
