package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.testing.TestMedia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeleteMediaServiceTest {

    private static final String SHARED = "ab/cd/abcdef.png";

    private final FakeMediaRepository media = new FakeMediaRepository();
    private final FakeBlobStore blobs = new FakeBlobStore();
    private final DeleteMediaService deleter = new DeleteMediaService(media, blobs);

    private Media stored(long id, String key, StorageMode mode) {
        Media row = TestMedia.aPngWithThumbAndMedium().id(id).storageKey(key).storageMode(mode).build();
        media.add(row);
        for (ChainMember member : ChainMember.values()) {
            if (row.has(member)) {
                blobs.keys.add(row.keyOf(member));
            }
        }
        return row;
    }

    @Test
    void sharedFilesStayWhileAnotherRowUsesThemAndGoWithTheLast() {
        Media first = stored(1, SHARED, StorageMode.HASH);
        Media second = stored(2, SHARED, StorageMode.HASH);
        int files = blobs.keys.size();

        assertThat(deleter.delete(first)).isTrue();
        assertThat(blobs.keys).hasSize(files);

        assertThat(deleter.delete(second)).isTrue();
        assertThat(blobs.keys).isEmpty();
        assertThat(deleter.delete(second)).as("deleted already, by this or another node").isFalse();
    }

    @Test
    void aLastSharedRowWhoseFilesCannotBeRemovedStaysForTheNextTry() {
        Media only = stored(1, SHARED, StorageMode.HASH);
        DeleteMediaService failing = new DeleteMediaService(media, new Unreachable());

        assertThatThrownBy(() -> failing.delete(only)).hasMessageContaining("store unreachable");

        assertThat(media.findById(1)).isPresent();
        assertThat(deleter.delete(only)).isTrue();
        assertThat(blobs.keys).isEmpty();
    }

    @Test
    void aDatefolderMediaTakesItsOwnFiles() {
        Media row = stored(1, "2026/02/02/cat.png", StorageMode.DATEFOLDER);
        stored(2, "2026/02/02/dog.png", StorageMode.DATEFOLDER);

        assertThat(deleter.delete(row)).isTrue();

        assertThat(blobs.keys).noneMatch(key -> key.contains("cat")).anyMatch(key -> key.contains("dog"));
    }

    /** A store whose every call fails, as S3 does while it is down. */
    private static final class Unreachable implements BlobStore {

        @Override
        public boolean create(String key, Path source) throws IOException {
            throw new IOException("store unreachable");
        }

        @Override
        public boolean exists(String key) {
            throw new UncheckedIOException(new IOException("store unreachable"));
        }

        @Override
        public void delete(String key) throws IOException {
            throw new IOException("store unreachable");
        }

        @Override
        public Optional<Blob> find(String key) {
            throw new UncheckedIOException(new IOException("store unreachable"));
        }

        @Override
        public Stream<String> keys() throws IOException {
            throw new IOException("store unreachable");
        }
    }
}
