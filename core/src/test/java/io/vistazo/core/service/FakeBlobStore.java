package io.vistazo.core.service;

import io.vistazo.core.port.out.BlobStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Keys only, no bytes. */
final class FakeBlobStore implements BlobStore {

    final Set<String> keys = new HashSet<>();

    @Override
    public boolean create(String key, Path source) {
        return keys.add(key);
    }

    @Override
    public boolean exists(String key) {
        return keys.contains(key);
    }

    @Override
    public void delete(String key) {
        keys.remove(key);
    }

    @Override
    public Optional<Blob> find(String key) {
        return Optional.empty();
    }

    @Override
    public Stream<String> keys() {
        return keys.stream();
    }
}
