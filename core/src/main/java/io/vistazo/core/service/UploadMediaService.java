package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.UploadCommand;
import io.vistazo.core.port.in.UploadMedia;
import io.vistazo.core.port.in.UploadResult;
import io.vistazo.core.port.in.UploadSource;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.ImageProcessor;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.RemoteFetcher;
import io.vistazo.core.service.SourceStager.Staged;
import io.vistazo.core.text.FileNames;
import io.vistazo.core.text.IdCodec;
import io.vistazo.core.text.Titles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The upload use case: authenticate, validate, stage the source, probe and render it, write the chain, insert the
 * row. Any refusal or failure removes every file this upload wrote and every staged file.
 */
public final class UploadMediaService implements UploadMedia {

    private final UploadPolicy policy;
    private final Authenticator authenticator;
    private final OptionsValidator validator;
    private final SourceStager stager;
    private final ImageProcessor images;
    private final MediaRepository media;
    private final ChainWriter writer;
    private final KeyLocks locks;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    /** Collaborators of the upload use case, grouped to keep the constructor readable. */
    public record Ports(ImageProcessor images, RemoteFetcher fetcher, BlobStore blobs, MediaRepository media,
                        AlbumRepository albums, CategoryRepository categories) {
    }

    public UploadMediaService(UploadPolicy policy, Authenticator authenticator, Ports ports, IdCodec codec,
                              KeyLocks locks, Clock clock, RandomGenerator secureRandom) {
        this.policy = policy;
        this.authenticator = authenticator;
        this.validator = new OptionsValidator(ports.albums(), ports.categories(), codec);
        this.stager = new SourceStager(policy, ports.fetcher(), secureRandom);
        this.images = ports.images();
        this.media = ports.media();
        this.writer = new ChainWriter(ports.blobs(), ports.media(), codec, policy.fileNaming(), secureRandom);
        this.locks = locks;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    @Override
    public UploadResult upload(UploadCommand command) {
        User user = authenticator.authenticate(command.apiKey());
        if (command.source() == null) {
            throw UploadError.emptyUploadSource();
        }
        Instant now = clock.instant();
        ValidatedOptions options = validator.validate(command.options(), user, now);
        Path workDir = newWorkDir();
        try {
            Staged staged = stager.stage(command.source(), command.viaPost(), user, workDir);
            return store(command, user, options, staged, now, workDir);
        } finally {
            deleteRecursively(workDir);
        }
    }

    private UploadResult store(UploadCommand command, User user, ValidatedOptions options, Staged staged,
                               Instant now, Path workDir) {
        Probe probe = images.probe(staged.file());
        if (probe.format().kind() == MediaKind.VIDEO) {
            throw UploadError.videoNotSupportedYet();
        }
        int targetWidth = effectiveWidth(options.targetWidth(), probe);
        Rendition rendition = images.render(staged.file(), probe, new ImageProcessor.RenderRequest(targetWidth,
                policy.thumbWidth(), policy.thumbHeight(), policy.mediumWidth(), workDir));
        String originalFilename = command.source() instanceof UploadSource.Base64Source
                ? staged.originalFilename() + "." + probe.format().extension()
                : staged.originalFilename();
        Hashes.FileDigests digests = Hashes.ofFile(rendition.main());
        String sourceMd5 = rendition.resized() ? Hashes.ofFile(staged.file()).md5() : null;
        String extension = extensionFor(rendition.mainFormat(), originalFilename);
        ChainWriter.Files files = new ChainWriter.Files(rendition.mainFormat(), extension, members(rendition));

        long id = media.nextId();
        LocalDateTime dateGmt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDateTime date = LocalDateTime.ofInstant(now, policy.zone());
        String stem = FileNames.cleanStem(FileNames.stemOf(originalFilename), secureRandom);
        String title = options.title() != null ? options.title() : defaultTitle(originalFilename);
        String deleteSecret = FileNames.randomHex(48, secureRandom);

        ReentrantLock lock = policy.storageMode() == StorageMode.HASH ? locks.forKey(digests.sha256()) : null;
        if (lock != null) {
            lock.lock();
        }
        try {
            ChainWriter.Written written = policy.storageMode() == StorageMode.HASH
                    ? writer.writeHashed(digests.sha256(), files)
                    : writer.writeDateFolder(id, stem, date, files);
            Media row = new Media(id, rendition.mainFormat(), written.name(), extension, written.mainKey(),
                    policy.storageMode(), size(rendition.main()), rendition.width(), rendition.height(), date,
                    dateGmt, title, options.description(), options.nsfw(), digests.md5(), sourceMd5,
                    originalFilename, null, 0, options.categoryId(), options.albumId(), user.id(),
                    chainOf(files), size(rendition.thumb()), size(rendition.medium()), 0, options.expiresAt(),
                    probe.animated(), false, 0, options.tags(), command.clientIp());
            try {
                media.insert(row, Hashes.sha256Hex(deleteSecret));
            } catch (RuntimeException e) {
                writer.removeQuietly(written.created());
                throw e;
            }
            return new UploadResult(row, deleteSecret);
        } finally {
            if (lock != null) {
                lock.unlock();
            }
        }
    }

    /** {@code width} is ignored for animated images and when equal to the current width; never upscales. */
    private static int effectiveWidth(int requested, Probe probe) {
        if (requested == 0 || probe.animated() || requested == probe.width()) {
            return 0;
        }
        if (requested > probe.width()) {
            throw UploadError.widthGreaterThanOriginal();
        }
        return requested;
    }

    /** JPEG is stored as {@code jpeg} unless the client called it {@code jpg}. */
    private static String extensionFor(MediaFormat format, String originalFilename) {
        if (format == MediaFormat.JPEG && FileNames.extensionOf(originalFilename).equals("jpg")) {
            return "jpg";
        }
        return format.extension();
    }

    private static String defaultTitle(String originalFilename) {
        String title = FileNames.titleFromStem(FileNames.stemOf(originalFilename));
        return title.isEmpty() ? null : Titles.cap(title);
    }

    private static Map<ChainMember, Path> members(Rendition rendition) {
        Map<ChainMember, Path> members = new EnumMap<>(ChainMember.class);
        members.put(ChainMember.IMAGE, rendition.main());
        members.put(ChainMember.THUMB, rendition.thumb());
        if (rendition.medium() != null) {
            members.put(ChainMember.MEDIUM, rendition.medium());
        }
        return members;
    }

    private static int chainOf(ChainWriter.Files files) {
        return files.members().keySet().stream().mapToInt(ChainMember::bit).sum();
    }

    private static long size(Path file) {
        if (file == null) {
            return 0;
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path newWorkDir() {
        try {
            Files.createDirectories(policy.workDir());
            return Files.createTempDirectory(policy.workDir(), "upload-");
        } catch (IOException e) {
            throw UploadError.tempFileFailed();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // The work dir lives under the data folder's tmp/, which is emptied at start-up.
        }
    }
}
