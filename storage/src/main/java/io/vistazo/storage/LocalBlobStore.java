package io.vistazo.storage;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import io.vistazo.core.port.out.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs as files under a root folder; a key is a relative {@code /}-separated path such as
 * {@code 2024/10/10/cat.jpg}. A file is synced, then published with a hard link, which fails rather than replace
 * an existing file: the caller's file itself when it lies on the same file system, else a copy in a temp file
 * beside the target.
 */
public final class LocalBlobStore implements BlobStore {

    /** Marks unfinished writes; keys may not use it, so a sweep never removes a stored blob. */
    static final String TEMP_PREFIX = ".tmp-";

    private static final Logger LOG = LoggerFactory.getLogger(LocalBlobStore.class);
    private static final long COPY_CHUNK = 8L << 20;

    private final Path root;
    /** What files this process creates are given (its umask applied); null until first needed. */
    private volatile Optional<Set<PosixFilePermission>> newFilePermissions;

    /** The folder need not exist yet; it is created with the first blob. */
    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @throws IllegalArgumentException when the key is not a safe relative path */
    @Override
    public boolean create(String key, Path source) throws IOException {
        Path target = resolve(key);
        Path folder = target.getParent();
        // Checked first: createDirectories on an existing folder fails a mkdir and builds an exception for it.
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        Optional<Boolean> linked = linkSynced(source, target);
        boolean published = linked.isPresent() ? linked.get() : copyAndPublish(source, target);
        if (published) {
            syncFolder(folder);
        }
        return published;
    }

    /**
     * Publishes the caller's own file under the key, synced first, when both lie on one file system: no copy and
     * no temp file (every new file costs the file system an inode, and under upload load those allocations were
     * a large part of the kernel's time). Empty when the file system cannot link them.
     */
    private Optional<Boolean> linkSynced(Path source, Path target) throws IOException {
        if (!permissionsLikeNewFiles(source, target.getParent())) {
            return Optional.empty();
        }
        try (FileChannel file = FileChannel.open(source, READ)) {
            file.force(true);
        }
        try {
            Files.createLink(target, source);
            return Optional.of(true);
        } catch (FileAlreadyExistsException e) {
            return Optional.of(false);
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.debug("Cannot link {} to {} ({}); copying", source, target, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Gives a file taken over from the caller the permissions a file of our own would have: temp files (Jetty's
     * spilled parts, downloads) are private, and stored files must stay readable by whatever serves the folder.
     * False when they cannot be changed (a file of another user), so the caller's file is copied instead.
     */
    private boolean permissionsLikeNewFiles(Path source, Path folder) throws IOException {
        Optional<Set<PosixFilePermission>> wanted = newFilePermissions(folder);
        if (wanted.isEmpty()) {
            return true;
        }
        try {
            if (!Files.getPosixFilePermissions(source).equals(wanted.get())) {
                Files.setPosixFilePermissions(source, wanted.get());
            }
            return true;
        } catch (FileSystemException notOurs) {
            return false;
        }
    }

    /** Learned once, from a probe file: Java cannot read the umask. Empty on file systems without POSIX modes. */
    private Optional<Set<PosixFilePermission>> newFilePermissions(Path folder) throws IOException {
        Optional<Set<PosixFilePermission>> known = newFilePermissions;
        if (known == null) {
            Path probe = Files.createFile(folder.resolve(TEMP_PREFIX + UUID.randomUUID()));
            try {
                known = Optional.of(Files.getPosixFilePermissions(probe));
            } catch (UnsupportedOperationException e) {
                known = Optional.empty();
            } finally {
                Files.delete(probe);
            }
            newFilePermissions = known;
        }
        return known;
    }

    private static boolean copyAndPublish(Path source, Path target) throws IOException {
        Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
        try {
            copySynced(source, temp);
            return publish(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** False for keys that are missing, not regular files, or invalid (keys come from URLs). */
    @Override
    public boolean exists(String key) {
        // java.io.File answers a missing file (the usual case: uploads probe for free names) without an exception.
        return resolveIfValid(key).map(path -> path.toFile().isFile()).orElse(false);
    }

    /** @throws IllegalArgumentException when the key is not a safe relative path */
    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public Optional<Blob> find(String key) {
        return resolveIfValid(key).flatMap(LocalBlobStore::readBlob);
    }

    /** Every stored file under the root as a key, temp files of writes in progress left out. */
    @Override
    public Stream<String> keys() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        return Files.walk(root)
                .filter(Files::isRegularFile)
                .filter(path -> !path.getFileName().toString().startsWith(TEMP_PREFIX))
                .map(path -> root.relativize(path).toString().replace('\\', '/'));
    }

    /**
     * Removes temp files that interrupted writes left behind (a crash between copy and publish).
     *
     * @param minAge temp files younger than this are kept, as another process may still be writing them
     * @return how many were removed
     */
    public int sweepTemp(Duration minAge) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        TempSweeper sweeper = new TempSweeper(Instant.now().minus(minAge));
        Files.walkFileTree(root, sweeper);
        if (sweeper.removed > 0) {
            LOG.info("Removed {} unfinished temp files under {}", sweeper.removed, root);
        }
        return sweeper.removed;
    }

    /** The key's file, refusing anything that could name a file outside the root or a temp file. */
    Path resolve(String key) {
        BlobKeys.requireValid(key);
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("storage key escapes the root: " + key);
        }
        return path;
    }

    private Optional<Path> resolveIfValid(String key) {
        try {
            return Optional.of(resolve(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Blob> readBlob(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new LocalBlob(path, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void copySynced(Path source, Path temp) throws IOException {
        try (FileChannel in = FileChannel.open(source, READ);
             FileChannel out = FileChannel.open(temp, CREATE_NEW, WRITE)) {
            long position = 0;
            long copied;
            // Until transferTo reports nothing left, so a source that changes size cannot loop forever.
            while ((copied = in.transferTo(position, COPY_CHUNK, out)) > 0) {
                position += copied;
            }
            out.force(true);
        }
    }

    /** Publishes without ever replacing: false when the target already exists. */
    private static boolean publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.debug("Hard link refused for {} ({}); publishing by move", target, e.toString());
            return moveWithoutReplacing(temp, target);
        }
    }

    /**
     * Fallback for file systems without hard links. The JDK checks for the target before renaming, so a writer
     * racing on the same key in that instant could still be replaced; the link path above has no such gap.
     */
    private static boolean moveWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** Makes the new directory entry durable; Windows and some file systems cannot open a folder, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot sync folder {}: {}", folder, e.toString());
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Cannot remove temp file {} (sweepTemp will): {}", temp, e.toString());
        }
    }

    /** A stored file as found; its size and time are those of the lookup. */
    private record LocalBlob(Path path, long size, Instant lastModified) implements Blob {

        @Override
        public InputStream openAt(long offset) throws IOException {
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset " + offset);
            }
            FileChannel channel = FileChannel.open(path, READ);
            try {
                channel.position(offset);
                return Channels.newInputStream(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    private static final class TempSweeper extends SimpleFileVisitor<Path> {

        private final Instant cutoff;
        private int removed;

        TempSweeper(Instant cutoff) {
            this.cutoff = cutoff;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            boolean temp = file.getFileName().toString().startsWith(TEMP_PREFIX);
            if (temp && attributes.isRegularFile() && !attributes.lastModifiedTime().toInstant().isAfter(cutoff)
                    && Files.deleteIfExists(file)) {
                removed++;
            }
            return FileVisitResult.CONTINUE;
        }

        /** A file that vanished or cannot be read is not this sweep's business. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
        }
    }
}
