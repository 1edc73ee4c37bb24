package io.vistazo.app;

import io.vistazo.core.port.out.BlobStore;
import io.vistazo.storage.LocalBlobStore;
import io.vistazo.storage.S3BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code vistazo migrate storage --to s3}: copies every file of the data folder's {@code images/} to the bucket
 * the {@code s3-*} settings name, under the same keys, and verifies each copy by reading it back and comparing
 * SHA-256 digests (a multipart ETag is not a digest of the bytes). Objects already there are verified, not
 * copied again, so a run stopped half-way is finished by running it again with {@code --resume}. The local files
 * are never deleted.
 */
final class MigrateStorageCommand {

    /** The flags of this command beyond the settings. */
    static final Set<String> OPTIONS = Set.of("to", "resume");

    private final LocalBlobStore source;
    private final Path imagesDir;
    private final S3BlobStore target;
    private final PrintStream out;
    private final boolean terminal;

    private MigrateStorageCommand(Path imagesDir, S3BlobStore target, PrintStream out, boolean terminal) {
        this.source = new LocalBlobStore(imagesDir);
        this.imagesDir = imagesDir;
        this.target = target;
        this.out = out;
        this.terminal = terminal;
    }

    /** @return 0 when every file is in the bucket and verified, 1 when some are not */
    static int run(Settings settings, PrintStream out) {
        if (!settings.get("to").map("s3"::equals).orElse(false)) {
            throw new IllegalArgumentException("migrate storage needs --to s3 (and the s3-* settings)");
        }
        VistazoConfig config = VistazoConfig.from(settings);
        boolean terminal = System.console() != null && out == System.out;
        try (S3BlobStore bucket = S3BlobStore.open(StorageSetup.s3Settings(settings))) {
            MigrateStorageCommand migration = new MigrateStorageCommand(config.imagesDir(), bucket, out, terminal);
            migration.refuseNonEmptyTarget(settings.get("resume").isPresent());
            return migration.copyAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuseNonEmptyTarget(boolean resume) throws IOException {
        if (resume) {
            return;
        }
        try (Stream<String> keys = target.keys()) {
            if (keys.findAny().isPresent()) {
                throw new IllegalArgumentException("the bucket already holds objects under s3-prefix; run again "
                        + "with --resume to finish an earlier migration into it");
            }
        }
    }

    private int copyAll() throws IOException {
        List<String> keys;
        try (Stream<String> listed = source.keys()) {
            keys = listed.sorted().toList();
        }
        int copied = 0;
        int present = 0;
        int failed = 0;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            switch (copy(key)) {
                case COPIED -> copied++;
                case ALREADY_THERE -> present++;
                case DIFFERENT -> failed++;
            }
            progress(i + 1, keys.size());
        }
        if (terminal) {
            out.println();
        }
        out.println("migrate storage: " + copied + " copied, " + present + " already there, " + failed
                + " different in the bucket (left alone); " + keys.size() + " files in " + imagesDir);
        return failed == 0 ? 0 : 1;
    }

    private enum Outcome { COPIED, ALREADY_THERE, DIFFERENT }

    private Outcome copy(String key) throws IOException {
        Path file = imagesDir.resolve(key);
        String digest;
        try (InputStream in = Files.newInputStream(file)) {
            digest = sha256(in);
        }
        boolean created = target.create(key, file);
        BlobStore.Blob stored = target.find(key).orElseThrow(() -> new IOException("object " + key
                + " vanished after it was written"));
        String storedDigest;
        try (InputStream in = stored.openAt(0)) {
            storedDigest = sha256(in);
        }
        if (storedDigest.equals(digest)) {
            return created ? Outcome.COPIED : Outcome.ALREADY_THERE;
        }
        if (created) {
            target.delete(key);
            throw new IOException("the copy of " + key + " does not match the file (SHA-256); removed it, run "
                    + "again with --resume");
        }
        out.println("different in the bucket: " + key + " (SHA-256 " + storedDigest + ", the file's " + digest
                + ")");
        return Outcome.DIFFERENT;
    }

    /** One line rewritten in place on a terminal; nothing per file when the output is a log. */
    private void progress(int done, int total) {
        if (terminal) {
            out.print("\rmigrate storage: " + done + "/" + total + " files");
            out.flush();
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
