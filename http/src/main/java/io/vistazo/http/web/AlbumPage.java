package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.http.ViewerView;
import java.util.ArrayList;
import java.util.List;

/** An album's page ({@code album.jte}): its name, description, thumbs with paging, and link preview tags. */
final class AlbumPage {

    private AlbumPage() {
    }

    static AlbumView view(Album album, Paging paging, User viewer, LinkMedia links, String url, String baseUrl,
                          String siteName) {
        return new AlbumView(album.name(), album.description(), album.mediaCount(), viewer.mayManage(album.userId()),
                album.privacy().label(), Grid.thumbs(paging.items(), links, viewer), paging,
                url.substring(baseUrl.length()), openGraph(album, paging, links, url, baseUrl, siteName));
    }

    /** The first thumb is the preview, unless it is NSFW: no click could uncover it there. */
    private static List<ViewerView.Meta> openGraph(Album album, Paging paging, LinkMedia links, String url,
                                                   String baseUrl, String siteName) {
        List<ViewerView.Meta> tags = new ArrayList<>();
        tags.add(property("og:type", "website"));
        tags.add(property("og:site_name", siteName));
        tags.add(property("og:title", album.name()));
        tags.add(property("og:url", url));
        if (album.description() != null) {
            tags.add(property("og:description", album.description()));
        }
        boolean cover = !paging.items().isEmpty() && !paging.items().get(0).nsfw();
        if (cover) {
            tags.add(property("og:image", baseUrl + Grid.thumbPath(paging.items().get(0), links)));
        }
        tags.add(new ViewerView.Meta("name", "twitter:card", cover ? "summary_large_image" : "summary"));
        tags.add(new ViewerView.Meta("name", "twitter:title", album.name()));
        return tags;
    }

    private static ViewerView.Meta property(String key, String content) {
        return new ViewerView.Meta("property", key, content);
    }
}
