package io.vistazo.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.http.ApiResponses;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.Router;

/**
 * Every route of the web interface but the viewers: sign-in, the album, category and tag pages, the signed-in
 * user's media, albums and keys, and the JSON the web UI calls.
 */
public final class WebRoutes implements Router.Routes {

    private final WebServices services;
    private final HttpSettings settings;
    private final ApiResponses responses;

    public WebRoutes(WebServices services, HttpSettings settings, ApiResponses responses) {
        this.services = services;
        this.settings = settings;
        this.responses = responses;
    }

    @Override
    public void register(Router router) {
        WebJson json = new WebJson(responses, services.links(), services.albums(), settings);
        JsonGuard jsonGuard = new JsonGuard(services.sessions(), responses, new ObjectMapper());
        router.routes(new LoginRoutes(services.sessions(), services.accounts(), services.loginFailures()))
                .routes(new GalleryRoutes(services, settings))
                .routes(new MyMediaRoutes(services))
                .routes(new MyAlbumsRoutes(services))
                .routes(new MyKeysRoutes(services))
                .routes(new WebApiRoutes(services, jsonGuard, json));
    }
}
