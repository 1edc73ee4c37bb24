package io.vistazo.core.port.in;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import java.util.Optional;

/**
 * What a viewer page tells around one media: its owner's name, its category, its album and its neighbours there,
 * and the name a file is downloaded under.
 */
public interface DescribeMedia {

    /**
     * The surroundings of a media {@code viewer} may see (the caller checked {@link ManageAlbums#mayView}).
     */
    Details describe(User viewer, Media media);

    /**
     * The name the file under {@code /images/<fileKey>} is saved as: the uploaded file's name with the stored file's
     * extension (a converted file keeps its new type). Empty for a key no media owns.
     */
    Optional<String> downloadName(String fileKey);

    /**
     * @param owner the owner's account name, empty for guest uploads and removed owners
     * @param album the album, empty when the media is in none
     * @param newer the album's next newer media, empty at its start
     * @param older the album's next older media, empty at its end
     */
    record Details(Optional<String> owner, Optional<Category> category, Optional<Album> album, Optional<Media> newer,
                   Optional<Media> older) {
    }
}
