package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.MediaMetadata;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.domain.User;
import io.vistazo.core.files.Folders;
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
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.port.out.VideoProcessor;
import io.vistazo.core.service.SourceStager.Staged;
import io.vistazo.core.text.FileNames;
import io.vistazo.core.text.IdCodec;
import io.vistazo.core.text.SizeFormat;
import io.vistazo.core.text.Titles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The upload use case: authenticate (by key, unless the caller already did), check flood limits, validate, stage
 * the source, refuse duplicates (when the operator asks), probe and render it, write the chain, insert the row. Any
 * refusal or failure removes every file this upload wrote and every staged file.
 */
public final class UploadMediaService implements UploadMedia {

    /** Writes of shared files an upload makes before giving up, when deletes on other nodes keep racing it. */
    private static final int SHARED_FILE_ATTEMPTS = 3;

    private final UploadPolicy policy;
    private final UploadGuards guards;
    private final OptionsValidator validator;
    private final SourceStager stager;
    private final ImageProcessor images;
    private final VideoProcessor videos;
    private final MediaRepository media;
    private final ChainWriter writer;
    private final KeyLocks locks;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    /** Collaborators of the upload use case, grouped to keep the constructor readable. */
    public record Ports(ImageProcessor images, VideoProcessor videos, RemoteFetcher fetcher, BlobStore blobs,
                        UploadJournal journal, MediaRepository media, AlbumRepository albums,
                        CategoryRepository categories) {
    }

    public UploadMediaService(UploadPolicy policy, UploadGuards guards, Ports ports, IdCodec codec,
                              KeyLocks locks, Clock clock, RandomGenerator secureRandom) {
        this.policy = policy;
        this.guards = guards;
        this.validator = new OptionsValidator(ports.albums(), ports.categories(), codec);
        this.stager = new SourceStager(policy, ports.fetcher(), secureRandom);
        this.images = ports.images();
        this.videos = ports.videos();
        this.media = ports.media();
        this.writer = new ChainWriter(ports.blobs(), ports.journal(), ports.media(), codec, policy.fileNaming(),
                secureRandom);
        this.locks = locks;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    @Override
    public UploadResult upload(UploadCommand command) {
        User user = guards.uploader(command);
        if (command.source() == null) {
            throw Refusal.emptyUploadSource();
        }
        guards.flood().check(user, command.clientIp());
        Instant now = clock.instant();
        ValidatedOptions options = validator.validate(command.options(), user, now);
        Path workDir = newWorkDir();
        try {
            Staged staged = stager.stage(command.source(), command.viaPost(), user, workDir);
            guards.duplicates().checkSource(user, command.clientIp(), staged.file());
            return store(command, user, options, staged, now, workDir);
        } finally {
            // What stays lives in the node's tmp/<node-id>/, removed once the node is gone.
            Folders.deleteQuietly(workDir);
        }
    }

    private UploadResult store(UploadCommand command, User user, ValidatedOptions options, Staged staged,
                               Instant now, Path workDir) {
        Probe probe = images.probe(staged.file());
        requireWithinSizeLimit(staged.file(), probe.format().kind());
        Prepared prepared = probe.format().kind() == MediaKind.VIDEO
                ? prepareVideo(staged.file(), probe, workDir)
                : prepareImage(staged.file(), probe, options, workDir);
        String originalFilename = command.source() instanceof UploadSource.Base64Source
                ? staged.originalFilename() + "." + probe.format().extension()
                : staged.originalFilename();
        Hashes.FileDigests digests = Hashes.ofFile(prepared.main());
        guards.duplicates().checkStored(user, command.clientIp(), digests.md5());
        String sourceMd5 = prepared.resized() ? Hashes.ofFile(staged.file()).md5() : null;
        String extension = extensionFor(prepared.format(), originalFilename);
        ChainWriter.Files files = new ChainWriter.Files(prepared.format(), extension, prepared.members());
        MediaMetadata metadata = probe.metadata();

        long id = media.nextId();
        Instant dated = options.useFileDate() ? takenAt(metadata).orElse(now) : now;
        LocalDateTime dateGmt = LocalDateTime.ofInstant(dated, ZoneOffset.UTC);
        LocalDateTime date = LocalDateTime.ofInstant(dated, policy.zone());
        String stem = FileNames.cleanStem(FileNames.stemOf(originalFilename), secureRandom);
        String deleteSecret = FileNames.randomHex(48, secureRandom);

        ReentrantLock lock = policy.storageMode() == StorageMode.HASH ? locks.forKey(digests.sha256()) : null;
        if (lock != null) {
            lock.lock();
        }
        try {
            for (int attempt = 1; ; attempt++) {
                ChainWriter.Written written = policy.storageMode() == StorageMode.HASH
                        ? writer.writeHashed(digests.sha256(), files)
                        : writer.writeDateFolder(id, stem, date, files);
                Media row = Media.builder()
                        .id(id)
                        .format(prepared.format())
                        .name(written.name())
                        .extension(extension)
                        .storageKey(written.mainKey())
                        .storageMode(policy.storageMode())
                        .size(size(prepared.main()))
                        .width(prepared.width())
                        .height(prepared.height())
                        .date(date)
                        .dateGmt(dateGmt)
                        .title(title(options, metadata, originalFilename))
                        .description(description(options, metadata))
                        .nsfw(options.nsfw())
                        .md5(digests.md5())
                        .sourceMd5(sourceMd5)
                        .originalFilename(originalFilename)
                        .originalExifdata(metadata.exifJson())
                        .categoryId(options.categoryId())
                        .albumId(options.albumId())
                        .userId(user.ownerId())
                        .chain(chainOf(files))
                        .thumbSize(size(prepared.members().get(ChainMember.THUMB)))
                        .mediumSize(size(prepared.members().get(ChainMember.MEDIUM)))
                        .frameSize(size(prepared.members().get(ChainMember.FRAME)))
                        .expiresAt(options.expiresAt())
                        .animated(probe.animated())
                        .is360(metadata.is360())
                        .duration(prepared.durationSeconds())
                        .tags(options.tags())
                        .uploaderIp(command.clientIp())
                        .build();
                if (insert(row, Hashes.sha256Hex(deleteSecret), written)) {
                    return new UploadResult(row, deleteSecret);
                }
                // Another node deleted the last media of these bytes, and their files, after they were found.
                writer.release(written);
                if (attempt == SHARED_FILE_ATTEMPTS) {
                    throw new IllegalStateException("the files of " + written.mainKey() + " kept being deleted");
                }
            }
        } finally {
            if (lock != null) {
                lock.unlock();
            }
        }
    }

    /**
     * Inserts the row; in the hash layout only if the files it shares are still there (see
     * {@link MediaRepository#insertSharing}). False when they were not: nothing was inserted.
     */
    private boolean insert(Media row, String deleteSecretHash, ChainWriter.Written written) {
        try {
            if (row.storageMode() != StorageMode.HASH) {
                media.insert(row, deleteSecretHash);
                return true;
            }
            return media.insertSharing(row, deleteSecretHash, () -> writer.present(written));
        } catch (RuntimeException e) {
            writer.abandon(written);
            throw e;
        }
    }

    /** Sources are staged up to the larger of the image and video limits; each kind is held to its own. */
    private void requireWithinSizeLimit(Path source, MediaKind kind) {
        long limit = policy.maxBytesFor(kind);
        if (size(source) > limit) {
            throw Refusal.tooBig(SizeFormat.format(limit));
        }
    }

    /** The files of one upload before they are stored, with what the row reports about the main file. */
    private record Prepared(MediaFormat format, Path main, int width, int height, boolean resized,
                            int durationSeconds, Map<ChainMember, Path> members) {
    }

    private Prepared prepareImage(Path source, Probe probe, ValidatedOptions options, Path workDir) {
        int targetWidth = effectiveWidth(options.targetWidth(), probe);
        Rendition rendition = images.render(source, probe, renderRequest(targetWidth, workDir));
        Map<ChainMember, Path> members = new EnumMap<>(ChainMember.class);
        members.put(ChainMember.IMAGE, rendition.main());
        if (rendition.original() != null) {
            members.put(ChainMember.ORIGINAL, rendition.original());
        }
        addDerivatives(members, rendition);
        return new Prepared(rendition.mainFormat(), rendition.main(), rendition.width(), rendition.height(),
                rendition.resized(), 0, members);
    }

    /** {@code width} and EXIF rules do not apply to videos; thumb and medium are made from the poster frame. */
    private Prepared prepareVideo(Path source, Probe probe, Path workDir) {
        VideoProcessor.VideoProbe video = videos.probe(source, probe.format());
        Path frame = videos.frame(source, video, workDir);
        Rendition poster = images.render(frame, images.probe(frame), renderRequest(0, workDir));
        Map<ChainMember, Path> members = new EnumMap<>(ChainMember.class);
        members.put(ChainMember.IMAGE, source);
        members.put(ChainMember.FRAME, frame);
        addDerivatives(members, poster);
        return new Prepared(video.format(), source, video.width(), video.height(), false,
                video.durationSeconds(), members);
    }

    private ImageProcessor.RenderRequest renderRequest(int targetWidth, Path workDir) {
        return new ImageProcessor.RenderRequest(targetWidth, policy.derivativeSizes(), workDir);
    }

    private static void addDerivatives(Map<ChainMember, Path> members, Rendition rendition) {
        members.put(ChainMember.THUMB, rendition.thumb());
        if (rendition.medium() != null) {
            members.put(ChainMember.MEDIUM, rendition.medium());
        }
    }

    /** The parameter, else the metadata's title, else one made from the file name. */
    private static String title(ValidatedOptions options, MediaMetadata metadata, String originalFilename) {
        if (options.title() != null) {
            return options.title();
        }
        if (metadata.title() != null && !metadata.title().isBlank()) {
            return Titles.cap(metadata.title().strip());
        }
        String title = FileNames.titleFromStem(FileNames.stemOf(originalFilename));
        return title.isEmpty() ? null : Titles.cap(title);
    }

    private static String description(ValidatedOptions options, MediaMetadata metadata) {
        if (options.description() != null) {
            return options.description();
        }
        String fromFile = metadata.description();
        return fromFile == null || fromFile.isBlank() ? null : fromFile.strip();
    }

    /** {@code DateTimeOriginal} at its recorded offset, else read in the site's zone. */
    private Optional<Instant> takenAt(MediaMetadata metadata) {
        if (metadata.takenAt() == null) {
            return Optional.empty();
        }
        if (metadata.takenOffset() != null) {
            return Optional.of(metadata.takenAt().toInstant(metadata.takenOffset()));
        }
        return Optional.of(metadata.takenAt().atZone(policy.zone()).toInstant());
    }

    /** {@code width} is ignored for animated images and when equal to the current width; never upscales. */
    private static int effectiveWidth(int requested, Probe probe) {
        if (requested == 0 || probe.animated() || requested == probe.width()) {
            return 0;
        }
        if (requested > probe.width()) {
            throw Refusal.widthGreaterThanOriginal();
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
            if (!Files.isDirectory(policy.workDir())) {
                Files.createDirectories(policy.workDir());
            }
            return Files.createTempDirectory(policy.workDir(), "upload-");
        } catch (IOException e) {
            throw Refusal.tempFileFailed();
        }
    }

}
