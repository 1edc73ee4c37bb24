package io.vistazo.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Removing a folder with everything in it: the one recursive delete of the code base. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes {@code root} and everything under it, without following links (a link is deleted, not what it points
     * to). What vanishes meanwhile is no error, nor is a root that is not there: another node may sweep the same
     * folder at the same time. A file that cannot be deleted does not stop the rest from going.
     *
     * @throws UncheckedIOException when something could not be listed or deleted: the first failure, with the later
     *                              ones suppressed
     */
    public static void deleteRecursively(Path root) {
        Deleter deleter = new Deleter();
        try {
            Files.walkFileTree(root, deleter);
        } catch (IOException e) {
            deleter.failed(e);
        }
        if (deleter.failure != null) {
            throw new UncheckedIOException("could not delete all of " + root, deleter.failure);
        }
    }

    /**
     * {@link #deleteRecursively} for clean-up that must not fail the work it follows; what could not be deleted
     * stays.
     *
     * @return false when something stayed
     */
    public static boolean deleteQuietly(Path root) {
        try {
            deleteRecursively(root);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Deletes each file, then each folder once it is empty, and keeps the failures. */
    private static final class Deleter extends SimpleFileVisitor<Path> {

        private IOException failure;

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            delete(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            failed(e);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                failed(e);
            }
            delete(dir);
            return FileVisitResult.CONTINUE;
        }

        private void delete(Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                failed(e);
            }
        }

        void failed(IOException e) {
            if (e instanceof NoSuchFileException) {
                return;
            }
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
    }
}
