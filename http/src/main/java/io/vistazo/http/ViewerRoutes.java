package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.DeleteMedia;
import io.vistazo.core.port.in.DescribeMedia;
import io.vistazo.core.port.in.FindMedia;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.http.web.PageFrame;
import io.vistazo.http.web.Pages;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Viewer pages ({@code /image/<slug>.<id>}, {@code /video/...}), their short forms, and delete links, which ask
 * for confirmation on GET and delete on POST or DELETE.
 */
final class ViewerRoutes implements Router.Routes {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ISO_INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final FindMedia finder;
    private final DeleteMedia deleter;
    private final LinkMedia links;
    private final HttpSettings settings;
    private final ApiResponses responses;
    private final ManageAlbums albums;
    private final Pages pages;
    private final DescribeMedia describer;
    private final Clock clock;

    ViewerRoutes(FindMedia finder, DeleteMedia deleter, LinkMedia links, HttpSettings settings,
                 ApiResponses responses, ManageAlbums albums, Pages pages, DescribeMedia describer, Clock clock) {
        this.finder = finder;
        this.deleter = deleter;
        this.links = links;
        this.settings = settings;
        this.responses = responses;
        this.albums = albums;
        this.pages = pages;
        this.describer = describer;
        this.clock = clock;
    }

    @Override
    public void register(Router router) {
        for (MediaKind kind : MediaKind.values()) {
            String base = "/" + links.route(kind) + "/{slugId}";
            router.get(base, exchange -> view(exchange, kind));
            router.get(base + "/delete/{secret}", exchange -> confirmDelete(exchange, kind));
            router.post(base + "/delete/{secret}", exchange -> delete(exchange, kind));
            router.delete(base + "/delete/{secret}", exchange -> delete(exchange, kind));
            if (renamedAndFree(kind)) {
                router.get("/" + kind.label() + "/{rest...}", exchange -> toRenamedRoute(exchange, kind));
            }
        }
    }

    /** Whether the route was renamed ({@code route-video=clip}) and no kind uses the default name. */
    private boolean renamedAndFree(MediaKind kind) {
        return Arrays.stream(MediaKind.values()).noneMatch(any -> links.route(any).equals(kind.label()));
    }

    /** chevereto-compat.md §5.5: the literal {@code /video/…} answers 301 to the renamed route ({@code /clip/…}). */
    private void toRenamedRoute(Exchange exchange, MediaKind kind) throws IOException {
        String rest = exchange.rawPath().substring(kind.label().length() + 1);
        String query = exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery();
        exchange.redirect(301, "/" + links.route(kind) + rest + query);
    }

    private Media find(Exchange exchange, MediaKind kind) {
        long id = links.idFromSegment(exchange.pathParam("slugId"));
        return finder.visible(id).filter(media -> media.kind() == kind).orElseThrow(Refusal::notFound);
    }

    private void view(Exchange exchange, MediaKind kind) throws IOException {
        Media media = find(exchange, kind);
        PageFrame frame = pages.frame(exchange);
        User viewer = frame.viewer();
        if (!albums.mayView(viewer, media)) {
            throw Refusal.notFound();
        }
        String canonical = links.viewerPath(media);
        if (!exchange.rawPath().equals(canonical)) {
            exchange.redirect(302, canonical);
            return;
        }
        Media shown = media;
        if (!exchange.isHead()) {
            finder.countView(media, exchange.clientIp(), exchange.header("User-Agent"));
            // Read again so the page's view count includes this visit.
            shown = finder.visible(media.id()).orElse(media);
        }
        pages.send(exchange, 200, "viewer.jte", frame, ViewerPage.view(shown, links, settings.baseUrl(exchange),
                !viewer.mayManage(media.userId()), frame.siteName(), new ViewerPage.Extras(about(viewer, shown),
                        manage(viewer, shown), pages.viewerScript())), Html.CSP_OWN_SCRIPTS);
    }

    private ViewerView.About about(User viewer, Media media) {
        DescribeMedia.Details details = describer.describe(viewer, media);
        LocalDateTime uploaded = media.dateGmt();
        RelativeTime ago = RelativeTime.between(uploaded, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        return new ViewerView.About(details.owner().orElse(null),
                uploaded.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).format(ISO_INSTANT),
                EXACT.format(uploaded) + " UTC", ago.key(), ago.count(),
                details.category().map(category -> new ViewerView.Link(category.name(),
                        "/category/" + category.urlKey())).orElse(null),
                details.album().map(album -> new ViewerView.Link(album.name(), links.albumPath(album))).orElse(null),
                details.newer().map(this::linkTo).orElse(null), details.older().map(this::linkTo).orElse(null));
    }

    private ViewerView.Link linkTo(Media media) {
        return new ViewerView.Link(ViewerPage.titleOf(media), links.viewerPath(media));
    }

    /** The owner and admins edit and delete from the page, through the forms of {@code /my/media}. */
    private ViewerView.Manage manage(User viewer, Media media) {
        if (!viewer.isAccount() || !viewer.mayManage(media.userId())) {
            return null;
        }
        String mine = "/my/media/" + links.encodedId(media);
        return new ViewerView.Manage(mine, mine + "/delete");
    }

    private void confirmDelete(Exchange exchange, MediaKind kind) throws IOException {
        Media media = find(exchange, kind);
        if (!deleter.secretMatches(media.id(), exchange.pathParam("secret"))) {
            throw Refusal.notFound();
        }
        pages.send(exchange, 200, "delete.jte", pages.frame(exchange), new DeleteView(media.kind().label(),
                ViewerPage.titleOf(media), links.filePath(media.keyOf(ChainMember.THUMB)), exchange.rawPath(), false));
    }

    private void delete(Exchange exchange, MediaKind kind) throws IOException {
        Media media = find(exchange, kind);
        if (!deleter.deleteWithSecret(media.id(), exchange.pathParam("secret"))) {
            throw Refusal.notFound();
        }
        if (wantsJson(exchange)) {
            responses.json(exchange, 200, Map.of("status_code", 200,
                    "success", Map.of("message", "file deleted", "code", 200), "status_txt", "OK"));
        } else {
            pages.send(exchange, 200, "delete.jte", pages.frame(exchange), new DeleteView(kind.label(),
                    ViewerPage.titleOf(media), null, null, true));
        }
    }

    private static boolean wantsJson(Exchange exchange) {
        String accept = exchange.header("Accept");
        return exchange.method().equals("DELETE")
                || accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }
}
