package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.http.Html;
import java.util.LinkedHashMap;
import java.util.Map;

/** An album: its name, description, a grid of thumbs with paging, and OpenGraph tags for link previews. */
final class AlbumPage {

    private AlbumPage() {
    }

    static String render(Album album, Paging paging, User viewer, LinkMedia links, String url, String baseUrl) {
        String path = url.substring(baseUrl.length());
        String body = "<h1>" + Html.escape(album.name()) + "</h1>"
                + (album.description() == null ? "" : "<p>" + Html.escape(album.description()) + "</p>")
                + "<p class=\"meta\">" + album.mediaCount() + (album.mediaCount() == 1 ? " item" : " items")
                + (viewer.mayManage(album.userId()) ? " · " + album.privacy().label()
                + " · <a href=\"/my/albums\">Manage albums</a>" : "") + "</p>"
                + Grid.render(paging.items(), links, viewer)
                + paging.links(path);
        return Html.page(album.name(), openGraph(album, paging, links, url, baseUrl), body);
    }

    private static String openGraph(Album album, Paging paging, LinkMedia links, String url, String baseUrl) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("og:type", "website");
        tags.put("og:site_name", "Vistazo");
        tags.put("og:title", album.name());
        tags.put("og:url", url);
        if (album.description() != null) {
            tags.put("og:description", album.description());
        }
        boolean cover = !paging.items().isEmpty() && !paging.items().get(0).nsfw();
        if (cover) {
            tags.put("og:image", baseUrl + Grid.thumbPath(paging.items().get(0), links));
        }
        StringBuilder html = new StringBuilder();
        tags.forEach((property, content) -> html.append("<meta property=\"").append(property)
                .append("\" content=\"").append(Html.escape(content)).append("\">"));
        html.append("<meta name=\"twitter:card\" content=\"").append(cover ? "summary_large_image" : "summary")
                .append("\"><meta name=\"twitter:title\" content=\"").append(Html.escape(album.name()))
                .append("\">");
        return html.toString();
    }
}
