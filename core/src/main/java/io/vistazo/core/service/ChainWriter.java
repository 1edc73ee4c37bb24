package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.FileNaming;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.text.FileNames;
import io.vistazo.core.text.IdCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses the stored name and key of an upload and writes its files, never overwriting anything. In the
 * datefolder layout a taken name falls back to {@code mixed}, then {@code random} naming.
 */
final class ChainWriter {

    private static final int MIXED_ATTEMPTS = 5;

    private final BlobStore blobs;
    private final UploadJournal journal;
    private final MediaRepository media;
    private final IdCodec codec;
    private final FileNaming naming;
    private final RandomGenerator random;

    ChainWriter(BlobStore blobs, UploadJournal journal, MediaRepository media, IdCodec codec, FileNaming naming,
                RandomGenerator random) {
        this.blobs = blobs;
        this.journal = journal;
        this.media = media;
        this.codec = codec;
        this.naming = naming;
        this.random = random;
    }

    /** What to write: the files by chain member, all for one main format. */
    record Files(MediaFormat mainFormat, String extension, Map<ChainMember, Path> members) {
    }

    /**
     * What was written.
     *
     * @param keys every key of the chain, created by this call or found there
     * @param created keys this call created (to remove if the row cannot be inserted)
     */
    record Written(String name, String mainKey, List<String> keys, List<String> created) {
    }

    /** Whether every file of the chain is in the store (another node may have removed shared files). */
    boolean present(Written written) {
        return written.keys().stream().allMatch(blobs::exists);
    }

    Written writeDateFolder(long id, String cleanStem, LocalDateTime localDate, Files files) {
        String folder = String.format("%04d/%02d/%02d/", localDate.getYear(), localDate.getMonthValue(),
                localDate.getDayOfMonth());
        List<String> names = candidateNames(id, cleanStem);
        List<String> mainKeys = names.stream().map(name -> folder + name + "." + files.extension()).toList();
        // Every candidate is asked about at once; the store's refusal to overwrite still catches a racing writer.
        Set<String> taken = media.keysTaken(mainKeys);
        for (int i = 0; i < names.size(); i++) {
            if (!taken.contains(mainKeys.get(i))) {
                Written written = tryWrite(names.get(i), mainKeys.get(i), files, false);
                if (written != null) {
                    return written;
                }
            }
        }
        throw new IllegalStateException("no free file name for " + cleanStem);
    }

    /** Content-addressed: identical bytes share one file, so existing keys are reused. */
    Written writeHashed(String sha256, Files files) {
        String mainKey = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256 + "."
                + files.extension();
        return tryWrite(sha256, mainKey, files, true);
    }

    private List<String> candidateNames(long id, String cleanStem) {
        List<String> names = new ArrayList<>();
        switch (naming) {
            case ID -> names.add(codec.encode(id));
            case ORIGINAL -> names.add(cleanStem);
            default -> {
            }
        }
        if (naming != FileNaming.RANDOM) {
            for (int i = 0; i < MIXED_ATTEMPTS; i++) {
                names.add(FileNames.mixed(cleanStem, random));
            }
        }
        names.add(FileNames.randomHex(32, random));
        names.add(FileNames.randomHex(32, random));
        return names;
    }

    /**
     * Writes every member, journaled first so a crash before the row is stored leaves nothing behind; null
     * (having removed its own writes) when a key was taken and reuse is off.
     */
    private Written tryWrite(String name, String mainKey, Files files, boolean reuseExisting) {
        Map<ChainMember, Path> ordered = new EnumMap<>(files.members());
        List<String> keys = new ArrayList<>();
        for (ChainMember member : ordered.keySet()) {
            keys.add(member.keyFor(mainKey, files.mainFormat()));
        }
        journal.begin(mainKey, keys);
        List<String> created = new ArrayList<>();
        try {
            int index = 0;
            for (Path file : ordered.values()) {
                String key = keys.get(index++);
                if (blobs.create(key, file)) {
                    created.add(key);
                } else if (!reuseExisting) {
                    abandon(new Written(name, mainKey, keys, created));
                    return null;
                }
            }
            return new Written(name, mainKey, keys, created);
        } catch (IOException | RuntimeException e) {
            abandon(new Written(name, mainKey, keys, created));
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * Closes the upload's journal entry and leaves its files: content-addressed files this upload wrote may be
     * another upload's by now, and the next attempt reuses them.
     */
    void release(Written written) {
        journal.end(written.mainKey());
    }

    /** Removes what this upload wrote and closes its journal entry. */
    void abandon(Written written) {
        removeQuietly(written.created());
        journal.end(written.mainKey());
    }

    private void removeQuietly(List<String> keys) {
        for (String key : keys) {
            try {
                blobs.delete(key);
            } catch (IOException | RuntimeException ignored) {
                // Best effort: a leftover is an orphan the check command finds; the original error matters more.
            }
        }
    }
}
