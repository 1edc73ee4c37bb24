package io.vistazo.app;

import io.vistazo.http.Html;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The pages Jetty writes itself, for requests it refuses before any route sees them (400 for an ambiguous URI,
 * 414, 431), with the security headers of our own pages.
 */
final class JettyErrorPages extends ErrorHandler {

    JettyErrorPages() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        for (Map.Entry<String, String> header : Html.SECURITY_HEADERS.entrySet()) {
            response.getHeaders().put(header.getKey(), header.getValue());
        }
        return super.handle(request, response, callback);
    }
}
