package io.vistazo.app;

import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.SettingsRepository;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.service.AttemptLimiter;
import io.vistazo.core.service.Authenticator;
import io.vistazo.core.service.DeleteMediaService;
import io.vistazo.core.service.ExpirationSweeper;
import io.vistazo.core.service.KeyLocks;
import io.vistazo.core.service.MediaFinder;
import io.vistazo.core.service.MediaLinks;
import io.vistazo.core.service.Sessions;
import io.vistazo.core.service.StoreCheck;
import io.vistazo.core.service.UploadGuards;
import io.vistazo.core.service.UploadMediaService;
import io.vistazo.core.service.UploadPolicy;
import io.vistazo.core.service.UploadRecovery;
import io.vistazo.core.service.ViewCounter;
import io.vistazo.core.text.FileNames;
import io.vistazo.core.text.IdCodec;
import io.vistazo.http.VistazoHttp;
import io.vistazo.http.fetch.FetchPolicy;
import io.vistazo.http.fetch.JettyRemoteFetcher;
import io.vistazo.http.web.CookieSessions;
import io.vistazo.http.web.WebServices;
import io.vistazo.media.ImgscalrImageProcessor;
import io.vistazo.media.video.JcodecVideoProcessor;
import io.vistazo.storage.CachedBlobStore;
import io.vistazo.storage.LocalBlobStore;
import io.vistazo.storage.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.stream.Stream;

/** Constructs every adapter and use case from the configuration: the composition root. */
final class Wiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private static final String DEFAULT_ID_PADDING = "999";
    private static final Duration STALE_TEMP_AGE = Duration.ofHours(1);
    /** Thumbs and mediums fit; originals are streamed from disk. */
    private static final long CACHED_FILE_MAX_BYTES = 512 * 1024;

    private final SqliteDatabase database;
    private final JettyRemoteFetcher fetcher;
    private final JcodecVideoProcessor videos;
    private final LocalBlobStore files;
    private final UploadRecovery recovery;
    private final StoreCheck storeCheck;
    private final Authenticator authenticator;
    private final VistazoHttp.Services httpServices;
    private final Management management;
    private final WebServices webServices;
    private final ExpirationSweeper sweeper;

    private Wiring(VistazoConfig config) {
        prepareFolders(config);
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        this.database = SqliteDatabase.open(config.databaseFile());
        IdCodec codec = idCodec(database.settingsRepository(), config, random);
        this.authenticator = new Authenticator(database.keyRepository(), database.userRepository(), codec, clock,
                random);
        this.fetcher = new JettyRemoteFetcher(fetchPolicy(config));
        this.files = new LocalBlobStore(config.imagesDir());
        BlobStore blobs = new CachedBlobStore(files, CACHED_FILE_MAX_BYTES, config.limits().fileCacheBytes());
        KeyLocks locks = new KeyLocks();
        DeleteMediaService deleter = new DeleteMediaService(database.mediaRepository(), blobs, locks);
        // Visitors are hashed with a secret kept in the database, so a restart does not count them again.
        ViewCounter views = new ViewCounter(database.viewRepository(),
                database.settingsRepository().putIfAbsent("view_secret", FileNames.randomHex(32, random)), clock);
        this.videos = new JcodecVideoProcessor(config.video());
        UploadPolicy policy = new UploadPolicy(config.maxUploadBytes(), config.video().maxBytes(),
                config.storageMode(), config.fileNaming(), config.zone(), config.thumbWidth(), config.thumbHeight(),
                config.mediumWidth(), config.urlUploads(), config.tempDir());
        UploadGuards guards = config.safeguards().guards(authenticator, database.uploadHistory(), clock);
        ImgscalrImageProcessor images = new ImgscalrImageProcessor(config.media());
        UploadMediaService uploads = new UploadMediaService(policy, guards, new UploadMediaService.Ports(
                images, videos, fetcher, blobs, database.uploadJournal(), database.mediaRepository(),
                database.albumRepository(), database.categoryRepository()), codec, locks, clock, random);
        this.recovery = new UploadRecovery(database.uploadJournal(), database.mediaRepository(), blobs);
        this.storeCheck = new StoreCheck(database.mediaRepository(), blobs, database.uploadJournal(), deleter,
                new StoreCheck.Renderers(images, videos, policy));
        this.httpServices = new VistazoHttp.Services(uploads,
                new MediaFinder(database.mediaRepository(), database.albumRepository(), clock, views), deleter, blobs,
                new MediaLinks(codec, config.imageRoute(), config.videoRoute()), clock);
        this.management = Management.wire(database, authenticator, deleter, codec, clock, random);
        this.webServices = webServices(config, clock, random);
        this.sweeper = new ExpirationSweeper(database.mediaRepository(), deleter, views, clock);
    }

    static Wiring open(VistazoConfig config) {
        return new Wiring(config);
    }

    /** The CSRF secret is kept in the database, so forms open across a restart still submit. */
    private WebServices webServices(VistazoConfig config, Clock clock, SecureRandom random) {
        Sessions sessions = new Sessions(database.sessionRepository(), database.userRepository(), clock, random,
                config.web().sessionIdle());
        String csrfSecret = database.settingsRepository().putIfAbsent("csrf_secret", FileNames.randomHex(64, random));
        boolean https = config.publicUrl() != null && config.publicUrl().startsWith("https://");
        return new WebServices(new CookieSessions(sessions, csrfSecret, https), management.accounts(),
                new AttemptLimiter(config.web().loginFailuresPerHour(), Duration.ofHours(1), clock),
                management.keys(), management.albums(), management.categories(), management.listing(),
                management.editor(), httpServices.links());
    }

    /** Salt and padding are chosen at first start (or imported from configuration) and kept in the database. */
    private static IdCodec idCodec(SettingsRepository settings, VistazoConfig config, SecureRandom random) {
        String salt = settings.putIfAbsent("crypt_salt",
                config.idSalt() != null ? config.idSalt() : FileNames.randomHex(8, random));
        String padding = settings.putIfAbsent("id_padding",
                config.idPadding() != null ? config.idPadding() : DEFAULT_ID_PADDING);
        return new IdCodec(salt, Long.parseLong(padding));
    }

    private static FetchPolicy fetchPolicy(VistazoConfig config) {
        Duration total = config.limits().urlFetchTimeout();
        Duration connect = total.compareTo(FetchPolicy.DEFAULT_CONNECT_TIMEOUT) < 0 ? total
                : FetchPolicy.DEFAULT_CONNECT_TIMEOUT;
        Duration idle = total.compareTo(FetchPolicy.DEFAULT_IDLE_TIMEOUT) < 0 ? total : FetchPolicy.DEFAULT_IDLE_TIMEOUT;
        return FetchPolicy.defaults(ownHosts(config)).withAllowList(config.urlUploadAllow())
                .withTimeouts(connect, idle, total);
    }

    private static Set<String> ownHosts(VistazoConfig config) {
        if (config.publicUrl() == null) {
            return Set.of();
        }
        return Set.of(URI.create(config.publicUrl()).getHost());
    }

    /** Creates the data folder, its images/ and tmp/. */
    private static void prepareFolders(VistazoConfig config) {
        try {
            Files.createDirectories(config.imagesDir());
            Files.createDirectories(config.tempDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare data folder " + config.dataDir(), e);
        }
    }

    /**
     * Removes what a crash left: files of uploads whose row was never stored, half-written files in images/ and
     * everything in tmp/. Only the server does this, before it takes requests.
     */
    void sweepLeftovers(VistazoConfig config) {
        int interrupted = recovery.recover();
        if (interrupted > 0) {
            LOG.info("Removed the files of {} uploads interrupted by a crash", interrupted);
        }
        try {
            files.sweepTemp(STALE_TEMP_AGE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep " + config.imagesDir(), e);
        }
        clearTemp(config);
    }

    /** Empties tmp/, where a crash may have left spooled bodies; only the server does this, at start-up. */
    private static void clearTemp(VistazoConfig config) {
        if (!Files.isDirectory(config.tempDir())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(config.tempDir())) {
            paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(config.tempDir()))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + config.tempDir(), e);
        }
    }

    StoreCheck storeCheck() {
        return storeCheck;
    }

    KeyRepository keys() {
        return database.keyRepository();
    }

    UserRepository users() {
        return database.userRepository();
    }

    Authenticator authenticator() {
        return authenticator;
    }

    VistazoHttp.Services httpServices() {
        return httpServices;
    }

    WebServices webServices() {
        return webServices;
    }

    Management management() {
        return management;
    }

    ExpirationSweeper sweeper() {
        return sweeper;
    }

    @Override
    public void close() {
        fetcher.close();
        videos.close();
        database.close();
    }
}
