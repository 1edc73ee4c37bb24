package io.vistazo.http.web;

import java.util.List;

/** Explore: one page of everyone's public media. */
public record ExploreView(List<Thumb> thumbs, Paging paging) {

    public ExploreView {
        thumbs = List.copyOf(thumbs);
    }
}
