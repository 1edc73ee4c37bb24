package io.vistazo.app.chevereto;

import io.vistazo.core.port.out.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where imported files go: the site's {@code images/} folder (copied, or hard-linked with {@code --link}), or its
 * bucket. The old site's files are only read.
 */
public interface FileTarget {

    /** Stores a copy of {@code source} under {@code key}, replacing what a previous interrupted run left there. */
    void put(Path source, String key, boolean link) throws IOException;

    /** The local images folder: each copy is written beside its place and renamed into it, so none is seen half. */
    static FileTarget folder(Path imagesDir) {
        return (source, key, link) -> {
            Path target = imagesDir.resolve(key).normalize();
            if (!target.startsWith(imagesDir)) {
                throw new IOException("key outside the images folder: " + key);
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".importing");
            if (link) {
                Files.deleteIfExists(partial);
                Files.createLink(partial, source);
            } else {
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        };
    }

    /** A bucket (or any store): a copy is staged in {@code workDir} because the store may take its file over. */
    static FileTarget store(BlobStore blobs, Path workDir) {
        return (source, key, link) -> {
            if (link) {
                throw new IllegalArgumentException("--link needs local storage");
            }
            Files.createDirectories(workDir);
            Path copy = Files.createTempFile(workDir, "import-", ".part");
            try {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                blobs.delete(key);
                blobs.create(key, copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        };
    }

    /** The file's MD5 in lower-case hex, as Chevereto stores it in {@code image_md5}. */
    static String md5(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
