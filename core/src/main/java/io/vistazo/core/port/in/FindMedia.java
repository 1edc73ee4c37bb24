package io.vistazo.core.port.in;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Looks up media that may be shown (existing and not expired), answers whether a stored file may still be served,
 * and counts views of the pages that show them.
 */
public interface FindMedia {

    /** The media if it exists and has not expired. */
    Optional<Media> visible(long id);

    /** Counts one view of a media a viewer page showed, once per visitor and day. */
    void countView(Media shown, String clientIp, String userAgent);

    /** Whether and to whom the file under {@code /images/<fileKey>} may be served. */
    FileStatus file(String fileKey);

    /**
     * The key a thumb, medium or frame is stored under, asked for by the name Chevereto gave it: with its main
     * file's extension ({@code cat.th.webp} for the {@code cat.th.png} of {@code cat.webp}). Empty for any other key.
     */
    Optional<String> renamedDerivative(String fileKey);

    /**
     * @param servable false once every owner expired
     * @param secondsLeft how long the file may be cached: until its last owner expires, or -1 for ever
     * @param readers who may have the file, or null for anyone
     */
    record FileStatus(boolean servable, long secondsLeft, Predicate<User> readers) {

        public static final FileStatus GONE = new FileStatus(false, 0);
        public static final FileStatus PERMANENT = new FileStatus(true, -1);

        public FileStatus(boolean servable, long secondsLeft) {
            this(servable, secondsLeft, null);
        }

        public boolean expires() {
            return secondsLeft >= 0;
        }

        /** Whether only some may have it: it must then be kept out of shared caches. */
        public boolean restricted() {
            return readers != null;
        }

        public boolean servableTo(User viewer) {
            return servable && (readers == null || readers.test(viewer));
        }
    }
}
