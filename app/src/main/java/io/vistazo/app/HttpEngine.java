package io.vistazo.app;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server implementation behind {@code com.sun.net.httpserver}: Jetty through {@code jetty-http-spi}, or the
 * JDK's own. Chosen explicitly, because merely having Jetty on the path would otherwise switch the default.
 */
public enum HttpEngine {
    JETTY,
    JDK;

    private static final String JETTY_PROVIDER = "org.eclipse.jetty.http.spi.JettyHttpServerProvider";
    private static final String PROVIDER_PROPERTY = "com.sun.net.httpserver.HttpServerProvider";

    static {
        // HttpServerProvider.provider() must stay the JDK's; Jetty's provider is looked up by name instead.
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, "sun.net.httpserver.DefaultHttpServerProvider");
        }
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public static HttpEngine parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /** A started-later server bound to the address; the JDK engine gets a bounded worker pool. */
    Bound create(InetSocketAddress address, int workers) throws IOException {
        if (this == JETTY) {
            return new Bound(jettyProvider().createHttpServer(address, 0), null);
        }
        HttpServer server = HttpServerProvider.provider().createHttpServer(address, 0);
        ExecutorService pool = boundedPool(workers);
        server.setExecutor(pool);
        return new Bound(server, pool);
    }

    private static HttpServerProvider jettyProvider() {
        for (HttpServerProvider provider : ServiceLoader.load(HttpServerProvider.class)) {
            if (provider.getClass().getName().equals(JETTY_PROVIDER)) {
                return provider;
            }
        }
        throw new IllegalStateException("jetty-http-spi is not on the class path; use --engine jdk");
    }

    private static ExecutorService boundedPool(int workers) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(workers * 64), runnable -> {
                    Thread thread = new Thread(runnable, "vistazo-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The server and the pool to shut down with it (null for Jetty, which owns its threads). */
    record Bound(HttpServer server, ExecutorService pool) {
    }
}
