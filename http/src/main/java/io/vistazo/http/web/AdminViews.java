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

    /**
     * One bar of the uploads chart, in the chart's own units.
     *
     * @param day the UTC day, as {@code 2026-12-05}
     */
    public record Bar(int x, int y, int width, int height, String day, long uploads) {
    }

    /** One of the top uploaders. */
    public record Uploader(String name, long uploads) {
    }

    /**
     * The dashboard.
     *
     * @param bytes the space used, as {@code 1.2 MB}
     * @param chartWidth the chart's width in its own units (its height is {@link #CHART_HEIGHT})
     * @param settings the effective settings, secrets masked
     */
    public record Dashboard(long media, String bytes, long uploads, List<Bar> bars, int chartWidth,
                            List<Uploader> top, List<SettingRow> settings) {

        /** The chart's height in its own units. */
        public static final int CHART_HEIGHT = 120;

        public Dashboard {
            bars = List.copyOf(bars);
            top = List.copyOf(top);
            settings = List.copyOf(settings);
        }
    }
}
