package io.vistazo.http.web;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a listing and whether another follows ({@code pager.jte} renders the previous/next links). */
public record Paging(List<Media> items, int number, boolean hasNext) {

    /** Thumbs per page of the HTML grids. */
    static final int GRID_SIZE = 24;

    /** Reads the page, then peeks at the first row after it (a page of size 1 at that offset). */
    static Paging of(int number, int size, Function<Page, List<Media>> fetch) {
        List<Media> items = fetch.apply(new Page(number, size));
        boolean more = items.size() == size && !fetch.apply(new Page(number * size + 1, 1)).isEmpty();
        return new Paging(items, number, more);
    }

    /** The link to another page; {@code path} already carries the other query parameters, or none. */
    public static String href(String path, int number) {
        return path + (path.contains("?") ? "&" : "?") + "page=" + number;
    }
}
