package io.vistazo.storage;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.StorageMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Media rows for tests; dates are whole seconds because that is what the table keeps. */
final class TestMedia {

    static final LocalDateTime DATE = LocalDateTime.of(2024, 10, 10, 13, 14, 15);
    static final LocalDateTime DATE_GMT = LocalDateTime.of(2024, 10, 10, 11, 14, 15);

    private TestMedia() {
    }

    static Media datefolder(long id, String storageKey) {
        return minimal(id, storageKey, StorageMode.DATEFOLDER, null);
    }

    static Media hashed(long id, String storageKey) {
        return minimal(id, storageKey, StorageMode.HASH, null);
    }

    static Media expiring(long id, Instant expiresAt) {
        return minimal(id, "2024/10/10/expiring-" + id + ".png", StorageMode.DATEFOLDER, expiresAt);
    }

    static Media withTags(long id, String storageKey, List<String> tags) {
        return new Media(id, MediaFormat.PNG, "cat", "png", storageKey, StorageMode.DATEFOLDER, 1234, 640, 480,
                DATE, DATE_GMT, "Cat", null, false, null, null, "cat.png", null, 0, null, null, null,
                ChainMember.IMAGE.bit(), 0, 0, 0, null, false, false, 0, tags, null);
    }

    static Media owned(long id, String storageKey, Long userId, Long albumId, Long categoryId) {
        return new Media(id, MediaFormat.PNG, "cat", "png", storageKey, StorageMode.DATEFOLDER, 1234, 640, 480, DATE,
                DATE_GMT, "Cat", null, false, null, null, "cat.png", null, 0, categoryId, albumId, userId,
                ChainMember.IMAGE.bit(), 0, 0, 0, null, false, false, 0, List.of(), null);
    }

    /** A row as an upload stores it: address, md5s and upload time for flood and duplicate checks. */
    static Media uploaded(long id, String address, Long userId, LocalDateTime dateGmt, String md5, String sourceMd5) {
        return new Media(id, MediaFormat.PNG, "cat", "png", "2026/03/04/u" + id + ".png", StorageMode.DATEFOLDER,
                1234, 640, 480, dateGmt, dateGmt, "Cat", null, false, md5, sourceMd5, "cat.png", null, 0, null, null,
                userId, ChainMember.IMAGE.bit(), 0, 0, 0, null, false, false, 0, List.of(), address);
    }

    private static Media minimal(long id, String storageKey, StorageMode mode, Instant expiresAt) {
        return new Media(id, MediaFormat.PNG, "cat", "png", storageKey, mode, 1234, 640, 480, DATE, DATE_GMT,
                "Cat", null, false, null, null, "cat.png", null, 0, null, null, null, ChainMember.IMAGE.bit(),
                0, 0, 0, expiresAt, false, false, 0, List.of(), null);
    }
}
