package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.UploadSource;
import io.vistazo.core.port.out.RemoteFetcher;
import io.vistazo.core.text.FileNames;
import io.vistazo.core.text.SizeFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.random.RandomGenerator;

/** Turns any upload source into a file on disk with the name the client knew it by. */
final class SourceStager {

    private final UploadPolicy policy;
    private final RemoteFetcher fetcher;
    private final RandomGenerator random;

    SourceStager(UploadPolicy policy, RemoteFetcher fetcher, RandomGenerator random) {
        this.policy = policy;
        this.fetcher = fetcher;
        this.random = random;
    }

    /** A staged source; {@code originalFilename} is what {@code original_filename} reports. */
    record Staged(Path file, String originalFilename) {
    }

    Staged stage(UploadSource source, boolean viaPost, User user, Path workDir) {
        Staged staged;
        if (source instanceof UploadSource.FileSource file) {
            staged = new Staged(file.file(), file.filename() == null ? "" : file.filename());
        } else if (source instanceof UploadSource.UrlSource url) {
            staged = fetch(url.url(), user, workDir);
        } else if (source instanceof UploadSource.Base64Source base64) {
            staged = decode(base64.text(), viaPost, workDir);
        } else {
            throw Refusal.emptyUploadSource();
        }
        checkSize(staged.file());
        return staged;
    }

    private Staged fetch(String url, User user, Path workDir) {
        if (!policy.urlUploads().allows(user)) {
            throw Refusal.urlUploadsDisabled();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw Refusal.fetchFailed("malformed URL");
        }
        RemoteFetcher.Fetched fetched = fetcher.fetch(uri, policy.maxSourceBytes(), workDir);
        return new Staged(fetched.file(), fetched.filename());
    }

    private Staged decode(String text, boolean viaPost, Path workDir) {
        if (!viaPost) {
            throw Refusal.base64NeedsPost();
        }
        String compact = stripWhitespace(text);
        if (compact.isEmpty()) {
            throw Refusal.emptySource();
        }
        byte[] bytes = strictBase64(compact);
        Path file = workDir.resolve("base64.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        } catch (IOException e) {
            throw Refusal.tempFileFailed();
        }
        // The extension is added once the bytes are sniffed; the stem is 12 random hex as in Chevereto.
        return new Staged(file, FileNames.randomHex(12, random));
    }

    /** Only canonical, padded, standard-alphabet base64 passes: decoding then encoding must give the input. */
    private static byte[] strictBase64(String compact) {
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            if (!Base64.getEncoder().encodeToString(bytes).equals(compact)) {
                throw Refusal.invalidBase64();
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw Refusal.invalidBase64();
        }
    }

    private static String stripWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void checkSize(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw Refusal.invalidFileSource();
        }
        if (size == 0) {
            throw Refusal.emptySource();
        }
        if (size > policy.maxSourceBytes()) {
            throw Refusal.tooBig(SizeFormat.format(policy.maxSourceBytes()));
        }
    }
}
