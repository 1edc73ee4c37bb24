package io.vistazo.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.core.port.in.UploadMedia;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.service.DeleteMediaService;
import io.vistazo.core.service.MediaFinder;
import io.vistazo.core.service.MediaLinks;
import java.time.Clock;

/** Builds the one {@link com.sun.net.httpserver.HttpHandler} that serves the whole site. */
public final class VistazoHttp {

    private VistazoHttp() {
    }

    /** The use cases and adapters the routes call. */
    public record Services(UploadMedia uploads, MediaFinder finder, DeleteMediaService deleter, BlobStore blobs,
                           MediaLinks links, Clock clock) {
    }

    /** Thumb and medium sizes, for the {@code display_*} fields. */
    public record Sizes(int thumbWidth, int thumbHeight, int mediumWidth) {
    }

    public static RouteTable handler(HttpSettings settings, Sizes sizes, Services services) {
        ObjectMapper mapper = new ObjectMapper();
        MediaJson mediaJson = new MediaJson(services.links(), services.clock(), sizes.thumbWidth(),
                sizes.thumbHeight(), sizes.mediumWidth());
        ApiResponses responses = new ApiResponses(mapper, mediaJson, services.links());
        return new Router()
                .routes(new SiteRoutes(responses))
                .routes(new ApiRoutes(services.uploads(), new UploadRequestParser(settings), responses, settings))
                .routes(new FileRoutes(services.blobs(), services.finder()))
                .routes(new ViewerRoutes(services.finder(), services.deleter(), services.links(), settings,
                        responses))
                .build(Html.ERROR_PAGES);
    }
}
