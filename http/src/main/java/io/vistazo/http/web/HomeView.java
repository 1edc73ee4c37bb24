package io.vistazo.http.web;

import java.util.List;

/**
 * The home page: its call to action and the newest public media.
 *
 * @param mayUpload whether the visitor may upload (signed in, or guests may), else they are asked to sign in
 */
public record HomeView(boolean mayUpload, List<Thumb> thumbs) {

    public HomeView {
        thumbs = List.copyOf(thumbs);
    }
}
