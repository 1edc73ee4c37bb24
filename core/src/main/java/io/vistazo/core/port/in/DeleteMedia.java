package io.vistazo.core.port.in;

import io.vistazo.core.domain.Media;

/** Deletes a media row and every file of its chain. */
public interface DeleteMedia {

    /** Whether {@code secret} is the media's delete secret. */
    boolean secretMatches(long id, String secret);

    /** Deletes with the secret from the delete link; false when the secret is wrong or the media is gone. */
    boolean deleteWithSecret(long id, String secret);

    /** False when the media was already gone. */
    boolean delete(Media target);
}
