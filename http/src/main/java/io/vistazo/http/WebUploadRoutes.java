package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.UploadCommand;
import io.vistazo.core.port.in.UploadMedia;
import io.vistazo.core.port.in.UploadResult;
import io.vistazo.http.ApiResponses.Format;
import io.vistazo.http.web.CookieSessions;
import io.vistazo.http.web.UploaderRoutes;
import io.vistazo.http.web.WebSessions;
import java.util.Optional;

/**
 * {@code POST /web/upload}: one file of the web uploader, as multipart with the API's fields, answered with the
 * API's JSON envelope. The uploader is the web session's user, or the guest where the operator allows guest
 * uploads; never an API key. The session's CSRF token must come in {@code X-CSRF-Token}. Refusals are thrown
 * and answered by {@link UploadRefusals}, the group this is registered in: always JSON.
 */
final class WebUploadRoutes implements Router.Routes {

    private final UploadMedia uploads;
    private final UploadRequestParser parser;
    private final ApiResponses responses;
    private final HttpSettings settings;
    private final UploadSlots slots;
    private final WebSessions sessions;
    private final boolean guestUploads;

    WebUploadRoutes(UploadMedia uploads, UploadRequestParser parser, ApiResponses responses, HttpSettings settings,
                    UploadSlots slots, WebSessions sessions, boolean guestUploads) {
        this.uploads = uploads;
        this.parser = parser;
        this.responses = responses;
        this.settings = settings;
        this.slots = slots;
        this.sessions = sessions;
        this.guestUploads = guestUploads;
    }

    @Override
    public void register(Router router) {
        router.post(UploaderRoutes.UPLOAD_PATH, this::handle);
    }

    private void handle(Exchange exchange) throws Exception {
        User uploader = uploader(exchange);
        slots.acquire();
        try (ParsedUpload request = parser.parse(exchange)) {
            UploadResult result = uploads.upload(UploadCommand.by(uploader, ApiRoutes.source(request),
                    ApiRoutes.options(request.fields()), exchange.clientIp()));
            responses.success(exchange, Format.JSON, false, result, settings.baseUrl(exchange));
        } finally {
            slots.release();
        }
    }

    /** Checked before the body is read: the CSRF token, then who the visitor is. */
    private User uploader(Exchange exchange) {
        sessions.checkCsrf(exchange, exchange.header(CookieSessions.CSRF_HEADER));
        Optional<User> user = sessions.user(exchange);
        if (user.isPresent()) {
            return user.get();
        }
        if (guestUploads) {
            return User.GUEST;
        }
        throw Refusal.requestDenied();
    }
}
