package io.vistazo.core.service;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.DescribeMedia;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UserRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The owner, category, album and album neighbours of a media, for its viewer page. */
public final class MediaDescriber implements DescribeMedia {

    /** Albums are walked this many media at a time to find a media's neighbours. */
    static final int WALK_PAGE = Page.MAX_SIZE;
    /** An album is walked this far at most; a media further in gets no neighbours. */
    static final int MAX_WALKED_PAGES = 100;

    private final UserRepository users;
    private final CategoryRepository categories;
    private final AlbumRepository albums;
    private final MediaRepository media;
    private final Clock clock;

    public MediaDescriber(UserRepository users, CategoryRepository categories, AlbumRepository albums,
                          MediaRepository media, Clock clock) {
        this.users = users;
        this.categories = categories;
        this.albums = albums;
        this.media = media;
        this.clock = clock;
    }

    @Override
    public Details describe(User viewer, Media shown) {
        Optional<String> owner = shown.userId() == null ? Optional.empty()
                : users.findById(shown.userId()).map(User::name);
        Optional<Category> category = shown.categoryId() == null ? Optional.empty()
                : categories.list().stream().filter(each -> each.id() == shown.categoryId()).findFirst();
        Optional<Album> album = shown.albumId() == null ? Optional.empty() : albums.findById(shown.albumId());
        Optional<Media> newer = Optional.empty();
        Optional<Media> older = Optional.empty();
        if (album.isPresent()) {
            List<Media> around = neighbours(album.get().id(), shown.id());
            newer = Optional.ofNullable(around.get(0));
            older = Optional.ofNullable(around.get(1));
        }
        return new Details(owner, category, album, newer, older);
    }

    /** The newer and older neighbours (either may be null), in the album's order: newest first. */
    private List<Media> neighbours(long albumId, long id) {
        MediaRepository.Query query = MediaRepository.Query.all().inAlbum(albumId).visibleAt(clock.instant());
        Media before = null;
        for (int number = 1; number <= MAX_WALKED_PAGES; number++) {
            List<Media> page = media.list(query, new Page(number, WALK_PAGE));
            for (int i = 0; i < page.size(); i++) {
                if (page.get(i).id() == id) {
                    Media after = i + 1 < page.size() ? page.get(i + 1) : firstOf(query, number + 1);
                    return Arrays.asList(before, after);
                }
                before = page.get(i);
            }
            if (page.size() < WALK_PAGE) {
                break;
            }
        }
        return Arrays.asList(null, null);
    }

    private Media firstOf(MediaRepository.Query query, int number) {
        List<Media> page = media.list(query, new Page(number, WALK_PAGE));
        return page.isEmpty() ? null : page.get(0);
    }

    @Override
    public Optional<String> downloadName(String fileKey) {
        return media.findByKeyPrefix(MediaFinder.ownerKeyPrefix(fileKey)).stream()
                .filter(candidate -> owns(candidate, fileKey))
                .findFirst()
                .map(owner -> stem(owner.originalFilename() == null ? owner.filename() : owner.originalFilename())
                        + extension(fileKey));
    }

    private static boolean owns(Media candidate, String fileKey) {
        for (ChainMember member : ChainMember.values()) {
            if (candidate.has(member) && candidate.keyOf(member).equals(fileKey)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The key's extension with its dot, or nothing. */
    private static String extension(String key) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        return dot > slash ? key.substring(dot) : "";
    }
}
