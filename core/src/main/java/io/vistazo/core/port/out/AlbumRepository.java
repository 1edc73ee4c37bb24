package io.vistazo.core.port.out;

import java.util.Optional;

/** Albums, as far as uploads need them. */
public interface AlbumRepository {

    /** The owner's user id of an existing album. */
    Optional<Long> ownerOf(long albumId);
}
