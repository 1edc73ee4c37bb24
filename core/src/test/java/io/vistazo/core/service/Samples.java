package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.StorageMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Media rows for core tests: a PNG with thumb and medium. */
final class Samples {

    static final int IMAGE_THUMB_MEDIUM = ChainMember.IMAGE.bit() | ChainMember.THUMB.bit() | ChainMember.MEDIUM.bit();

    private Samples() {
    }

    static Media media(long id, String storageKey, StorageMode mode, Instant expiresAt, Long userId, Long albumId) {
        LocalDateTime date = LocalDateTime.of(2026, 1, 1, 0, 0);
        return new Media(id, MediaFormat.PNG, "cat", "png", storageKey, mode, 100, 10, 10, date, date, "Cat", null,
                false, null, null, "cat.png", null, 0, null, albumId, userId, IMAGE_THUMB_MEDIUM, 1, 1, 0, expiresAt,
                false, false, 0, List.of(), "192.0.2.1");
    }

    static Media datefolder(long id, String storageKey, Instant expiresAt) {
        return media(id, storageKey, StorageMode.DATEFOLDER, expiresAt, null, null);
    }
}
