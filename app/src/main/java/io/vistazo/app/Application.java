package io.vistazo.app;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.service.Authenticator;
import io.vistazo.http.HttpSettings;
import io.vistazo.http.VistazoHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts and stops one Vistazo server from a configuration. */
final class Application implements Vistazo.Server {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final String ADMIN_NAME = "admin";

    private final Wiring wiring;
    private final HttpEngine.Bound bound;
    private final String createdAdminKey;
    private final SweepSchedule sweeps;

    private Application(Wiring wiring, HttpEngine.Bound bound, String createdAdminKey, SweepSchedule sweeps) {
        this.wiring = wiring;
        this.bound = bound;
        this.createdAdminKey = createdAdminKey;
        this.sweeps = sweeps;
    }

    static Application start(VistazoConfig config) {
        Wiring wiring = Wiring.open(config);
        try {
            wiring.sweepLeftovers(config);
            SweepSchedule.sweepNow(wiring.sweeper());
            String createdKey = ensureAdmin(wiring, config);
            VistazoConfig.Limits limits = config.limits();
            HttpEngine.Bound bound = config.engine().create(new InetSocketAddress(config.bind(), config.port()),
                    config.workers(), limits.idleTimeout(), limits.requestTimeout());
            HttpSettings httpSettings = new HttpSettings(config.publicUrl(), config.maxUploadBytes(),
                    config.video().maxBytes(), wiring.nodeTempDir(),
                    new HttpSettings.Limits(limits.requestTimeout(), limits.maxConcurrentUploads(),
                            limits.uploadQueueTimeout()), config.trustedProxies());
            bound.server().createContext("/", config.engine().adapt(VistazoHttp.handler(httpSettings,
                    config.derivativeSizes(), wiring.httpServices(), wiring.webServices(),
                    UploaderSetup.storedBy(config.uploader(), wiring.images()::stores), config.web().siteName())));
            bound.server().start();
            warnWithoutPublicUrl(config);
            LOG.info("Vistazo listening on {} ({} engine), data in {}", bound.server().getAddress(),
                    config.engine().name().toLowerCase(Locale.ROOT), config.dataDir());
            SweepSchedule sweeps = SweepSchedule.every(config.safeguards().sweepInterval(), wiring.sweeper(),
                    () -> wiring.sweepAfterGoneNodes(config));
            return new Application(wiring, bound, createdKey, sweeps);
        } catch (IOException e) {
            wiring.close();
            throw new UncheckedIOException("cannot start the HTTP server: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            wiring.close();
            throw e;
        }
    }

    private static void warnWithoutPublicUrl(VistazoConfig config) {
        if (config.publicUrl() == null) {
            LOG.warn("public-url is not set: links are built from each request's Host header{}. Set it to the "
                    + "address visitors use, e.g. --public-url https://img.example.org (VISTAZO_PUBLIC_URL, or "
                    + "public-url= in the config file)", config.trustedProxies().isEmpty() ? ""
                    : " (or X-Forwarded-Host and X-Forwarded-Proto from a trusted proxy)");
        }
    }

    /** First start creates the admin; a configured admin key is stored for it (idempotently) every start. */
    private static String ensureAdmin(Wiring wiring, VistazoConfig config) {
        UserRepository users = wiring.users();
        Authenticator authenticator = wiring.authenticator();
        String created = null;
        User admin = users.findByName(ADMIN_NAME).orElse(null);
        if (admin == null && users.count() == 0) {
            try {
                admin = users.create(ADMIN_NAME, Role.ADMIN);
                if (config.adminKey() == null) {
                    created = authenticator.issue(admin, "first start");
                }
            } catch (IllegalArgumentException takenMeanwhile) {
                // Another node sharing the database created it at the same moment; that node prints its key.
                admin = users.findByName(ADMIN_NAME).orElseThrow(() -> takenMeanwhile);
            }
        }
        if (admin != null && config.adminKey() != null) {
            authenticator.seed(admin, "VISTAZO_ADMIN_KEY", config.adminKey());
        }
        return created;
    }

    /** What the server is made of, for the tests that look at what a request cost it. */
    Wiring wiring() {
        return wiring;
    }

    @Override
    public int port() {
        return bound.server().getAddress().getPort();
    }

    @Override
    public String baseUrl() {
        InetAddress address = bound.server().getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    @Override
    public String createdAdminKey() {
        return createdAdminKey;
    }

    @Override
    public void close() {
        sweeps.close();
        bound.server().stop(0);
        if (bound.pool() != null) {
            bound.pool().shutdownNow();
            try {
                bound.pool().awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        wiring.close();
    }
}
