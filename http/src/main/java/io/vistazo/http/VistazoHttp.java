package io.vistazo.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.port.in.DeleteMedia;
import io.vistazo.core.port.in.DescribeMedia;
import io.vistazo.core.port.in.FindMedia;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.SignUp;
import io.vistazo.core.port.in.UploadMedia;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.HealthProbe;
import io.vistazo.http.web.Pages;
import io.vistazo.http.web.UploaderRoutes;
import io.vistazo.http.web.UploaderSettings;
import io.vistazo.http.web.WebRoutes;
import io.vistazo.http.web.WebServices;
import java.time.Clock;
import java.util.List;

/** Builds the one {@link com.sun.net.httpserver.HttpHandler} that serves the whole site. */
public final class VistazoHttp {

    private VistazoHttp() {
    }

    /**
     * The use cases and adapters the routes call.
     *
     * @param health the dependencies {@code /health} checks, such as the database
     */
    public record Services(UploadMedia uploads, FindMedia finder, DeleteMedia deleter, BlobStore blobs,
                           LinkMedia links, Clock clock, List<HealthProbe> health,
                           DescribeMedia describer) {

        public Services {
            health = List.copyOf(health);
        }
    }

    /**
     * Each group of routes is registered with how it answers refusals and failures: the upload endpoints with
     * Chevereto's envelope ({@link UploadRefusals}), oEmbed and the web interface's JSON with the JSON envelope,
     * everything else with the error pages in the visitor's language.
     *
     * @param siteName the name in the pages' header ({@code site-name})
     */
    public static RouteTable handler(HttpSettings settings, DerivativeSizes sizes, Services services, WebServices web,
                                     UploaderSettings uploader, String siteName) {
        ObjectMapper mapper = new ObjectMapper();
        MediaJson mediaJson = new MediaJson(services.links(), services.clock(), sizes);
        ApiResponses responses = new ApiResponses(mapper, mediaJson, services.links());
        UploadRequestParser parser = new UploadRequestParser(settings);
        UploadSlots slots = new UploadSlots(settings.limits());
        Pages pages = new Pages(web.sessions(), siteName, web.account().signUp().mode() == SignUp.Mode.OPEN);
        return new Router()
                .routes(new SiteRoutes(responses, services.health()))
                .routes(new UploadRefusals(responses),
                        new ApiRoutes(services.uploads(), parser, responses, settings, slots))
                .routes(new FileRoutes(services.blobs(), services.finder(), services.describer(), web.sessions()))
                .routes(new ViewerRoutes(services.finder(), services.deleter(), services.links(), settings,
                        responses, web.albums(), pages, services.describer(), services.clock()))
                .routes(Refusals.json(responses), new OEmbedRoutes(services.finder(),
                        services.links(), settings, responses, sizes, web.albums(), siteName))
                .routes(new WebRoutes(web, settings, responses, pages, uploader.guestUploads()))
                .routes(new UploaderRoutes(web.sessions(), web.albums(), web.categories(), uploader, settings, pages))
                .routes(new UploadRefusals(responses), new WebUploadRoutes(services.uploads(), parser, responses,
                        settings, slots, web.sessions(), uploader.guestUploads()))
                .build(pages.errorPages(), settings.trustedProxies());
    }
}
