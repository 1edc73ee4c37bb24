package io.vistazo.http.web;

import io.vistazo.core.domain.Page;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ListMedia;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.List;

/**
 * The home page ({@code /}: what the site is, a call to upload or to sign in, the newest public media) and
 * Explore ({@code /explore}: everyone's public media, paged).
 */
final class HomeRoutes implements Router.Routes {

    /** Thumbs on the home page; Explore shows a whole grid page. */
    static final int HOME_THUMBS = 12;

    private final Pages pages;
    private final ListMedia listing;
    private final LinkMedia links;
    private final boolean guestUploads;

    HomeRoutes(Pages pages, WebServices services, boolean guestUploads) {
        this.pages = pages;
        this.listing = services.listing();
        this.links = services.links();
        this.guestUploads = guestUploads;
    }

    @Override
    public void register(Router router) {
        router.get("/", this::home);
        router.get("/explore", this::explore);
    }

    private void home(Exchange exchange) throws IOException {
        PageFrame frame = pages.frame(exchange);
        List<Thumb> thumbs = Grid.thumbs(listing.explore(new Page(1, HOME_THUMBS)), links, frame.viewer());
        pages.send(exchange, 200, "home.jte", frame, new HomeView(frame.signedIn() || guestUploads, thumbs));
    }

    private void explore(Exchange exchange) throws IOException {
        PageFrame frame = pages.frame(exchange);
        Paging paging = Paging.of(Forms.query(exchange).page(), Paging.GRID_SIZE, listing::explore);
        pages.send(exchange, 200, "explore.jte", frame,
                new ExploreView(Grid.thumbs(paging.items(), links, frame.viewer()), paging));
    }
}
