package io.vistazo.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.http.ApiResponses;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Refusals;
import io.vistazo.http.Router;

/**
 * Every route of the web interface but the viewers: the home page and Explore, sign-in, the album, category and
 * tag pages, the signed-in user's media, albums and keys, and the JSON the web UI calls.
 */
public final class WebRoutes implements Router.Routes {

    private final WebServices services;
    private final HttpSettings settings;
    private final ApiResponses responses;
    private final Pages pages;
    private final boolean guestUploads;

    /**
     * @param pages renders the pages (the viewers' too) and serves their style sheet
     * @param guestUploads whether visitors may upload without signing in, for the home page's call to action
     */
    public WebRoutes(WebServices services, HttpSettings settings, ApiResponses responses, Pages pages,
                     boolean guestUploads) {
        this.services = services;
        this.settings = settings;
        this.responses = responses;
        this.pages = pages;
        this.guestUploads = guestUploads;
    }

    @Override
    public void register(Router router) {
        WebJson json = new WebJson(responses, services.links(), services.albums(), settings);
        JsonGuard jsonGuard = new JsonGuard(services.sessions(), new ObjectMapper());
        pages.register(router);
        router.routes(new HomeRoutes(pages, services, guestUploads))
                .routes(new LoginRoutes(services.sessions(), services.accounts(), services.loginFailures(),
                        pages))
                .routes(new GalleryRoutes(services, settings, pages))
                .routes(new MyMediaRoutes(services, pages))
                .routes(new MyAlbumsRoutes(services, pages))
                .routes(new MyKeysRoutes(services, pages))
                .routes(new AdminUsersRoutes(services, pages))
                .routes(new AdminCategoriesRoutes(services, pages))
                .routes(new AdminDashboardRoutes(services, pages))
                .routes(new AccountRoutes(services, pages))
                .routes(new SignUpRoutes(services, pages))
                .routes(new InviteRoutes(services, settings, pages))
                .routes(new ClientRoutes(services, settings, pages))
                .routes(Refusals.json(responses), new WebApiRoutes(services, jsonGuard, json));
    }
}
