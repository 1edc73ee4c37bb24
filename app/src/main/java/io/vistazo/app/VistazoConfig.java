package io.vistazo.app;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.FileNaming;
import io.vistazo.core.domain.PageRoutes;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.domain.UrlUploads;
import io.vistazo.http.TrustedProxies;
import io.vistazo.http.web.SettingRow;
import io.vistazo.http.web.UploaderSettings;
import io.vistazo.media.MediaSettings;
import io.vistazo.media.video.VideoSettings;
import io.vistazo.storage.DatabaseLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every setting, typed and defaulted. The README's configuration table lists the same names. */
record VistazoConfig(
        int port,
        String bind,
        Path dataDir,
        DatabaseLocation database,
        String publicUrl,
        TrustedProxies trustedProxies,
        HttpEngine engine,
        String adminKey,
        String urlUploadAllow,
        UrlUploads urlUploads,
        long maxUploadBytes,
        StorageMode storageMode,
        FileNaming fileNaming,
        ZoneId zone,
        DerivativeSizes derivativeSizes,
        PageRoutes pageRoutes,
        String idSalt,
        String idPadding,
        int workers,
        Safeguards safeguards,
        VideoSettings video,
        MediaSettings media,
        Limits limits,
        StorageSetup storage,
        WebSetup web,
        UploaderSettings uploader,
        List<SettingRow> effectiveSettings) {

    /**
     * Protections against slow or greedy clients.
     *
     * @param idleTimeout a connection silent this long is closed, also mid-request
     * @param requestTimeout a whole request (headers and body) must arrive within this
     * @param maxConcurrentUploads uploads processed at once; more wait in line
     * @param uploadQueueTimeout how long an upload waits in line before it is refused with 503
     * @param urlFetchTimeout how long fetching a URL source may take in all
     * @param fileCacheBytes memory for small served files (thumbs, mediums); 0 turns the cache off
     */
    record Limits(Duration idleTimeout, Duration requestTimeout, int maxConcurrentUploads,
                  Duration uploadQueueTimeout, Duration urlFetchTimeout, long fileCacheBytes) {

        /**
         * @param storage with a bucket an upload spends most of its time waiting for S3 round-trips, so more of
         *         them are let in at once by default (their pixels are still bounded by
         *         {@code max-concurrent-decodes})
         */
        static Limits from(Settings settings, StorageSetup storage) {
            int uploadsAtOnce = storage.isS3() ? Math.max(16, CORES * 8) : Math.max(4, CORES * 2);
            return new Limits(Duration.ofSeconds(settings.getInt("idle-timeout", 30)),
                    Duration.ofSeconds(settings.getInt("request-timeout", 120)),
                    settings.getInt("max-concurrent-uploads", uploadsAtOnce),
                    Duration.ofMillis(settings.getInt("upload-queue-timeout-ms", 30_000)),
                    Duration.ofSeconds(settings.getInt("url-fetch-timeout", 60)),
                    parseSize(settings.get("file-cache-size", "64 MB")));
        }
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b|b)?", Pattern.CASE_INSENSITIVE);

    static VistazoConfig from(Settings settings) {
        Path dataDir = Path.of(settings.get("data", "vistazo-data")).toAbsolutePath();
        StorageSetup storage = StorageSetup.from(settings);
        return new VistazoConfig(
                settings.getInt("port", 8080),
                settings.get("bind", "0.0.0.0"),
                dataDir,
                DatabaseSetup.from(settings, dataDir),
                settings.get("public-url").orElse(null),
                TrustedProxies.parse(settings.get("trusted-proxies", "")),
                HttpEngine.parse(settings.get("engine", "jetty")),
                settings.get("admin-key").orElse(null),
                settings.get("url-upload-allow", ""),
                UrlUploads.valueOf(settings.get("url-uploads", "users").toUpperCase(Locale.ROOT)),
                parseSize(settings.get("max-upload-size", "100 MB")),
                StorageMode.parse(settings.get("storage-mode", "datefolder")),
                FileNaming.parse(settings.get("file-naming", "original")),
                ZoneId.of(settings.get("timezone", ZoneId.systemDefault().getId())),
                derivativeSizes(settings),
                pageRoutes(settings),
                settings.get("id-salt").orElse(null),
                settings.get("id-padding").orElse(null),
                settings.getInt("workers", defaultWorkers()),
                Safeguards.from(settings),
                VideoSetup.from(settings),
                MediaSetup.from(settings),
                Limits.from(settings, storage),
                storage,
                WebSetup.from(settings),
                UploaderSetup.from(settings),
                SettingRows.of(settings.effectiveValues()));
    }

    private static PageRoutes pageRoutes(Settings settings) {
        PageRoutes defaults = PageRoutes.DEFAULTS;
        String image = settings.get("route-image", defaults.image());
        String video = settings.get("route-video", defaults.video());
        String album = settings.get("route-album", defaults.album());
        return namingSettings(() -> new PageRoutes(image, video, album), "route-image, route-video, route-album");
    }

    private static DerivativeSizes derivativeSizes(Settings settings) {
        DerivativeSizes defaults = DerivativeSizes.DEFAULTS;
        int thumbWidth = settings.getInt("thumb-width", defaults.thumbWidth());
        int thumbHeight = settings.getInt("thumb-height", defaults.thumbHeight());
        int mediumWidth = settings.getInt("medium-width", defaults.mediumWidth());
        return namingSettings(() -> new DerivativeSizes(thumbWidth, thumbHeight, mediumWidth),
                "thumb-width, thumb-height, medium-width");
    }

    /** A value checked as a whole: its refusal names the settings it was made from. */
    private static <T> T namingSettings(Supplier<T> value, String settings) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (settings " + settings + ")", e);
        }
    }

    /** Where local storage keeps files (unused with {@code storage=s3}). */
    Path imagesDir() {
        return dataDir.resolve("images");
    }

    Path tempDir() {
        return dataDir.resolve("tmp");
    }

    /** {@code 100 MB} is 100,000,000 bytes (as Chevereto counts); {@code MiB} units are binary. */
    static long parseSize(String text) {
        Matcher matcher = SIZE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: " + text + " (try 20 MB)");
        }
        long number = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "b" : matcher.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit) {
            case "kb" -> 1_000L;
            case "mb" -> 1_000_000L;
            case "gb" -> 1_000_000_000L;
            case "kib" -> 1L << 10;
            case "mib" -> 1L << 20;
            case "gib" -> 1L << 30;
            default -> 1L;
        };
        return Math.multiplyExact(number, factor);
    }

    /**
     * Most requests spend their time waiting (for an upload slot, for a slow client's bytes), so threads are
     * cheap next to the cores: with enough of them, queued uploads wait in the upload line's first-come queue
     * rather than unread behind busy threads. At 32 concurrent uploads on two cores that cut the p99 latency
     * from about 1.5 s to 0.4 s.
     */
    private static int defaultWorkers() {
        return Math.max(64, CORES * 16);
    }
}
