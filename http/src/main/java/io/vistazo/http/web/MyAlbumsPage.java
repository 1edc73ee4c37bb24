package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ManageAlbums;
import java.util.Arrays;
import java.util.List;

/** The signed-in user's albums ({@code myAlbums.jte}), each with its own edit and delete forms, and a new one's. */
final class MyAlbumsPage {

    private MyAlbumsPage() {
    }

    static MyViews.AlbumList view(String csrf, List<Album> list, ManageAlbums albums, LinkMedia links) {
        return new MyViews.AlbumList(csrf, list.stream().map(album -> new MyViews.AlbumRow(albums.encodedId(album),
                links.albumPath(album), album.name(), album.description(), album.privacy().label(),
                album.mediaCount())).toList(), Arrays.stream(AlbumPrivacy.values()).map(AlbumPrivacy::label).toList());
    }
}
