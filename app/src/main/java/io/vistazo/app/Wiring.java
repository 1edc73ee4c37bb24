package io.vistazo.app;

import io.vistazo.app.chevereto.BcryptHashes;
import io.vistazo.core.files.Folders;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.HealthProbe;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.SettingsRepository;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.service.AttemptLimiter;
import io.vistazo.core.service.Authenticator;
import io.vistazo.core.service.Dashboard;
import io.vistazo.core.service.DeleteMediaService;
import io.vistazo.core.service.ExpirationSweeper;
import io.vistazo.core.service.Invites;
import io.vistazo.core.service.KeyLocks;
import io.vistazo.core.service.MediaDescriber;
import io.vistazo.core.service.MediaFinder;
import io.vistazo.core.service.MediaLinks;
import io.vistazo.core.service.PasswordChanges;
import io.vistazo.core.service.PasswordRule;
import io.vistazo.core.service.Sessions;
import io.vistazo.core.service.SharedState;
import io.vistazo.core.service.SignUps;
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
import io.vistazo.http.web.AccountServices;
import io.vistazo.http.web.CookieSessions;
import io.vistazo.http.web.WebServices;
import io.vistazo.media.ImgscalrImageProcessor;
import io.vistazo.media.video.JcodecVideoProcessor;
import io.vistazo.storage.CachedBlobStore;
import io.vistazo.storage.Database;
import io.vistazo.storage.LocalBlobStore;
import io.vistazo.storage.S3BlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Constructs every adapter and use case from the configuration: the composition root. */
final class Wiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private static final String DEFAULT_ID_PADDING = "999";
    private static final Duration STALE_TEMP_AGE = Duration.ofHours(1);
    /** Thumbs and mediums fit; originals are streamed from disk. */
    private static final long CACHED_FILE_MAX_BYTES = 512 * 1024;

    private final Database database;
    private final JettyRemoteFetcher fetcher;
    private final JcodecVideoProcessor videos;
    private final ImgscalrImageProcessor images;
    private final BlobStore files;
    private final UploadRecovery recovery;
    private final StoreCheck storeCheck;
    private final Authenticator authenticator;
    private final VistazoHttp.Services httpServices;
    private final Management management;
    private final WebServices webServices;
    private final ExpirationSweeper sweeper;
    private final NodeLife node;
    private final Path nodeTempDir;
    private final Clock clock = Clock.systemUTC();

    private Wiring(VistazoConfig config, String nodeId) {
        prepareFolders(config);
        // First: a bucket that cannot be used refuses the start before anything else is opened.
        this.files = config.storage().open(config.imagesDir());
        SecureRandom random = new SecureRandom();
        this.node = NodeLife.named(nodeId, config.safeguards().heartbeatInterval(), clock, random);
        this.nodeTempDir = config.tempDir().resolve(node.id());
        this.database = Database.open(config.database(), SharedState.REREAD_AFTER);
        UploadJournal journal = database.uploadJournal(node.id());
        IdCodec codec = idCodec(database.settingsRepository(), config, random);
        // Keys of a site imported from Chevereto keep their bcrypt hashes until first used (import chevereto).
        this.authenticator = new Authenticator(database.keyRepository(), database.userRepository(), codec, clock,
                random, new BcryptHashes());
        this.fetcher = new JettyRemoteFetcher(fetchPolicy(config));
        BlobStore blobs = new CachedBlobStore(files, CACHED_FILE_MAX_BYTES, config.limits().fileCacheBytes(),
                SharedState.CACHE_BOUND, clock);
        KeyLocks locks = new KeyLocks();
        DeleteMediaService deleter = new DeleteMediaService(database.mediaRepository(), blobs, locks);
        // Visitors are hashed with a secret kept in the database, so a restart does not count them again.
        ViewCounter views = new ViewCounter(database.viewRepository(),
                database.settingsRepository().putIfAbsent("view_secret", FileNames.randomHex(32, random)), clock);
        this.videos = new JcodecVideoProcessor(config.video());
        UploadPolicy policy = new UploadPolicy(config.maxUploadBytes(), config.video().maxBytes(),
                config.storageMode(), config.fileNaming(), config.zone(), config.derivativeSizes(),
                config.urlUploads(), nodeTempDir);
        UploadGuards guards = config.safeguards().guards(authenticator, database.uploadHistory(),
                database.failureCounts(), clock);
        this.images = new ImgscalrImageProcessor(config.media());
        UploadMediaService uploads = new UploadMediaService(policy, guards, new UploadMediaService.Ports(
                images, videos, fetcher, blobs, journal, database.mediaRepository(),
                database.albumRepository(), database.categoryRepository()), codec, locks, clock, random);
        this.recovery = new UploadRecovery(journal, database.mediaRepository(), blobs);
        this.storeCheck = new StoreCheck(database.mediaRepository(), blobs, journal, deleter,
                new StoreCheck.Renderers(images, videos, policy));
        this.httpServices = new VistazoHttp.Services(uploads,
                new MediaFinder(database.mediaRepository(), database.albumRepository(), clock, views), deleter,
                blobs, mediaLinks(config, codec), clock, healthProbes(clock),
                new MediaDescriber(database.userRepository(), database.categoryRepository(),
                        database.albumRepository(), database.mediaRepository(), clock));
        this.management = Management.wire(database, authenticator, deleter, codec, clock, random);
        this.webServices = webServices(config, clock, random);
        this.sweeper = new ExpirationSweeper(database.mediaRepository(), deleter, views, clock);
    }

    /** What {@code /health} reports: the database, and the bucket when the files are in one. */
    private List<HealthProbe> healthProbes(Clock clock) {
        if (files instanceof S3BlobStore bucket) {
            return List.of(database.healthProbe(), bucket.healthProbe(S3BlobStore.HEALTH_CHECK_INTERVAL, clock));
        }
        return List.of(database.healthProbe());
    }

    /** The server's wiring: the node goes by the configured {@code node-id}, if any. */
    static Wiring open(VistazoConfig config) {
        return new Wiring(config, config.safeguards().nodeId());
    }

    /**
     * A command's wiring, under a random node id of its own: a command sharing the server's configuration must
     * never pass for the server, whose uploads in flight it would take for its own leftovers.
     */
    static Wiring openForCommand(VistazoConfig config) {
        return new Wiring(config, null);
    }

    /** The CSRF secret is kept in the database, so forms open across a restart still submit. */
    private WebServices webServices(VistazoConfig config, Clock clock, SecureRandom random) {
        Sessions sessions = new Sessions(database.sessionRepository(), database.userRepository(), clock, random,
                config.web().sessionIdle());
        String csrfSecret = database.settingsRepository().putIfAbsent("csrf_secret", FileNames.randomHex(64, random));
        boolean https = config.publicUrl() != null && config.publicUrl().startsWith("https://");
        return new WebServices(new CookieSessions(sessions, csrfSecret, https), management.accounts(),
                new AttemptLimiter("login", config.web().loginFailuresPerHour(), Duration.ofHours(1),
                        database.failureCounts(), clock),
                management.keys(), management.albums(), management.categories(), management.listing(),
                management.editor(), httpServices.links(), new Dashboard(database.siteStatistics(), clock),
                config.effectiveSettings(), accountServices(config, clock, random));
    }

    /** Password changes, sign-up (its attempts limited like failed sign-ins, in a scope of their own), invites. */
    private AccountServices accountServices(VistazoConfig config, Clock clock, SecureRandom random) {
        PasswordRule rule = PasswordRule.standard();
        AttemptLimiter signUpAttempts = new AttemptLimiter("signup", config.web().loginFailuresPerHour(),
                Duration.ofHours(1), database.failureCounts(), clock);
        return new AccountServices(
                new PasswordChanges(management.accounts(), rule, database.sessionRepository()),
                new SignUps(config.web().signup(), management.accounts(), rule, database.inviteRepository(),
                        signUpAttempts, clock),
                new Invites(database.inviteRepository(), database.userRepository(), clock, random));
    }

    /** With {@code s3-public-url}, the files of media everyone may see are linked there. */
    private MediaLinks mediaLinks(VistazoConfig config, IdCodec codec) {
        MediaLinks links = new MediaLinks(codec, config.pageRoutes());
        return config.storage().publicUrl() == null ? links
                : links.withPublicFiles(config.storage().publicUrl(), database.albumRepository());
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
        Duration idle = total.compareTo(FetchPolicy.DEFAULT_IDLE_TIMEOUT) < 0
                ? total : FetchPolicy.DEFAULT_IDLE_TIMEOUT;
        return FetchPolicy.defaults(ownHosts(config)).withAllowList(config.urlUploadAllow())
                .withTimeouts(connect, idle, total);
    }

    private static Set<String> ownHosts(VistazoConfig config) {
        if (config.publicUrl() == null) {
            return Set.of();
        }
        return Set.of(URI.create(config.publicUrl()).getHost());
    }

    /**
     * Creates the data folder with its tmp/, and images/ for local storage. With S3 the folder holds only this
     * node's tmp/, so nodes on PostgreSQL and a bucket share no folder.
     */
    private static void prepareFolders(VistazoConfig config) {
        try {
            if (!config.storage().isS3()) {
                Files.createDirectories(config.imagesDir());
            }
            Files.createDirectories(config.tempDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare data folder " + config.dataDir(), e);
        }
    }

    /**
     * Makes this process a node of the site (its heartbeat starts), then removes what a crash left: files of
     * uploads of nodes that are gone, half-written files in images/ (or unfinished multipart uploads in the bucket)
     * and the tmp/ folders of nodes that are gone. Only the server does this, before it takes requests; uploads
     * other nodes have in flight are left alone.
     */
    void sweepLeftovers(VistazoConfig config) {
        join();
        sweepAfterGoneNodes(config);
        try {
            if (files instanceof LocalBlobStore local) {
                local.sweepTemp(STALE_TEMP_AGE);
            } else if (files instanceof S3BlobStore bucket) {
                bucket.abortStaleUploads(STALE_TEMP_AGE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep the stored files", e);
        }
    }

    /**
     * What any node may do while the others run, with every sweep: remove the files of uploads interrupted on nodes
     * that are gone, their tmp/ folders and their rows, and failure counts no limit needs any more.
     */
    void sweepAfterGoneNodes(VistazoConfig config) {
        int interrupted = recoverAbandonedUploads();
        if (interrupted > 0) {
            LOG.info("Removed the files of {} uploads interrupted on nodes that are gone", interrupted);
        }
        removeTempOfGoneNodes(config);
        database.nodeRegistry().forgetSilentSince(node.aliveSince());
        database.failureCounts().forgetBefore(clock.instant());
    }

    /** Makes this process a node of the site: its heartbeat starts, so the others leave its uploads alone. */
    void join() {
        node.join(database.nodeRegistry(), () -> {
            recoverAbandonedUploads();
            if (Files.exists(nodeTempDir)) {
                deleteTree(nodeTempDir);
            }
        });
    }

    /** Uploads of nodes that are gone (see {@link NodeLife}); returns how many were cleaned up. */
    int recoverAbandonedUploads() {
        return recovery.recover(node.aliveSince());
    }

    /**
     * Each node spools into its own {@code tmp/<node-id>/}; whatever else is in tmp/ belongs to no live node. The
     * folder is listed before the nodes are asked: a node beats before it creates its folder, so a folder seen here
     * belongs to a node the question will find alive.
     */
    private void removeTempOfGoneNodes(VistazoConfig config) {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(config.tempDir())) {
            entries = listed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + config.tempDir(), e);
        }
        Instant aliveSince = node.aliveSince();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (!Files.isDirectory(entry) || !database.nodeRegistry().alive(name, aliveSince)) {
                deleteTree(entry);
            }
        }
    }

    /** A folder that cannot be removed is logged, not thrown: the sweep goes on with the others. */
    private static void deleteTree(Path root) {
        try {
            Folders.deleteRecursively(root);
        } catch (UncheckedIOException e) {
            LOG.warn("could not remove {}", root, e);
        }
    }

    /** Where this node spools request bodies and stages files: {@code tmp/<node-id>/}. */
    Path nodeTempDir() {
        return nodeTempDir;
    }

    StoreCheck storeCheck() {
        return storeCheck;
    }

    /** The database itself, for {@code import chevereto}, which writes rows under their own ids. */
    Database database() {
        return database;
    }

    /** The files' store (local folder or bucket), uncached. */
    BlobStore files() {
        return files;
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

    ImgscalrImageProcessor images() {
        return images;
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
        node.close();
        fetcher.close();
        videos.close();
        database.close();
        if (files instanceof S3BlobStore bucket) {
            bucket.close();
        }
    }
}
