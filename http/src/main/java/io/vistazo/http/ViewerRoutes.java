package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.service.DeleteMediaService;
import io.vistazo.core.service.MediaFinder;
import io.vistazo.core.service.MediaLinks;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Viewer pages ({@code /image/<slug>.<id>}, {@code /video/...}), their short forms, and delete links, which ask
 * for confirmation on GET and delete on POST or DELETE.
 */
final class ViewerRoutes implements Router.Routes {

    private final MediaFinder finder;
    private final DeleteMediaService deleter;
    private final MediaLinks links;
    private final HttpSettings settings;
    private final ApiResponses responses;

    ViewerRoutes(MediaFinder finder, DeleteMediaService deleter, MediaLinks links, HttpSettings settings,
                 ApiResponses responses) {
        this.finder = finder;
        this.deleter = deleter;
        this.links = links;
        this.settings = settings;
        this.responses = responses;
    }

    @Override
    public void register(Router router) {
        for (MediaKind kind : MediaKind.values()) {
            String base = "/" + links.route(kind) + "/{slugId}";
            router.get(base, exchange -> view(exchange, kind));
            router.get(base + "/delete/{secret}", exchange -> confirmDelete(exchange, kind));
            router.post(base + "/delete/{secret}", exchange -> delete(exchange, kind));
            router.delete(base + "/delete/{secret}", exchange -> delete(exchange, kind));
        }
    }

    private Media find(Exchange exchange, MediaKind kind) {
        long id = links.idFromSegment(exchange.pathParam("slugId"));
        return finder.visible(id).filter(media -> media.kind() == kind).orElseThrow(HttpError::notFound);
    }

    private void view(Exchange exchange, MediaKind kind) throws IOException {
        Media media = find(exchange, kind);
        String canonical = links.viewerPath(media);
        if (!exchange.rawPath().equals(canonical)) {
            exchange.redirect(302, canonical);
            return;
        }
        Html.send(exchange, 200, ViewerPage.render(media, links, settings.baseUrl(exchange)));
    }

    private void confirmDelete(Exchange exchange, MediaKind kind) throws IOException {
        Media media = find(exchange, kind);
        if (!deleter.secretMatches(media.id(), exchange.pathParam("secret"))) {
            throw HttpError.notFound();
        }
        String title = media.title() == null ? media.filename() : media.title();
        String thumb = links.filePath(media.keyOf(ChainMember.THUMB));
        String body = "<h1>Delete this " + media.kind().label() + "?</h1>"
                + "<p><img src=\"" + Html.escape(thumb) + "\" alt=\"" + Html.escape(title) + "\"></p>"
                + "<p>" + Html.escape(title) + "</p>"
                + "<form method=\"post\" action=\"" + Html.escape(exchange.rawPath()) + "\">"
                + "<button type=\"submit\">Delete permanently</button></form>";
        Html.send(exchange, 200, Html.page("Delete " + title, "", body));
    }

    private void delete(Exchange exchange, MediaKind kind) throws IOException {
        Media media = find(exchange, kind);
        if (!deleter.deleteWithSecret(media.id(), exchange.pathParam("secret"))) {
            throw HttpError.notFound();
        }
        if (wantsJson(exchange)) {
            responses.json(exchange, 200, Map.of("status_code", 200,
                    "success", Map.of("message", "file deleted", "code", 200), "status_txt", "OK"));
        } else {
            Html.message(exchange, 200, "Deleted", "The " + kind.label() + " and all its files were deleted.");
        }
    }

    private static boolean wantsJson(Exchange exchange) {
        String accept = exchange.header("Accept");
        return exchange.method().equals("DELETE")
                || accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }
}
