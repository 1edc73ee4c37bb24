package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Media;
import io.vistazo.core.port.in.LinkMedia;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The form that edits one media ({@code myMediaEdit.jte}): title, description, tags, album, category, NSFW,
 * expiration.
 */
final class MediaEditPage {

    /** The expiration choices, as the {@code expiration} parameter spells them. */
    private static final List<String> EXPIRATIONS = List.of("keep", "never", "PT5M", "PT1H", "P1D", "P1W", "P1M",
            "P1Y");

    private MediaEditPage() {
    }

    static MyViews.MediaEdit view(Media media, String csrf, List<Album> albums, List<Category> categories,
                                  LinkMedia links, boolean saved, Messages messages) {
        String id = links.encodedId(media);
        Thumb thumb = new Thumb(links.viewerPath(media), Grid.thumbPath(media, links), Grid.title(media), false);
        return new MyViews.MediaEdit(csrf, "/my/media/" + id, thumb, media.title() == null ? "" : media.title(),
                media.description() == null ? "" : media.description(), String.join(", ", media.tags()),
                albumOptions(media, albums, links, messages), categoryOptions(media, categories, messages),
                media.nsfw(), media.expiresAt() == null ? null : media.expiresAt().toString(),
                EXPIRATIONS.stream().map(choice -> new MyViews.Option(choice, messages.get("edit.expire." + choice),
                        choice.equals("keep"))).toList(), media.kind().label(), saved);
    }

    private static List<MyViews.Option> albumOptions(Media media, List<Album> albums, LinkMedia links,
                                                     Messages messages) {
        List<MyViews.Option> options = new ArrayList<>();
        options.add(new MyViews.Option("", messages.get("edit.no_album"), media.albumId() == null));
        for (Album album : albums) {
            options.add(new MyViews.Option(links.codec().encode(album.id()), messages.format("edit.album.option",
                    album.name(), messages.get("album.privacy." + album.privacy().label())),
                    Objects.equals(media.albumId(), album.id())));
        }
        return options;
    }

    private static List<MyViews.Option> categoryOptions(Media media, List<Category> categories, Messages messages) {
        List<MyViews.Option> options = new ArrayList<>();
        options.add(new MyViews.Option("", messages.get("edit.no_category"), media.categoryId() == null));
        for (Category category : categories) {
            options.add(new MyViews.Option(Long.toString(category.id()), category.name(),
                    Objects.equals(media.categoryId(), category.id())));
        }
        return options;
    }
}
