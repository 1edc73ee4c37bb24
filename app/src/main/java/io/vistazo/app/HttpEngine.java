package io.vistazo.app;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server implementation behind {@code com.sun.net.httpserver}: Jetty through {@code jetty-http-spi}, or the
 * JDK's own. Chosen explicitly, because merely having Jetty on the path would otherwise switch the default.
 */
public enum HttpEngine {
    JETTY,
    JDK;

    private static final String PROVIDER_PROPERTY = "com.sun.net.httpserver.HttpServerProvider";
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    static {
        // HttpServerProvider.provider() must stay the JDK's; Jetty's server is constructed directly.
        setDefault(PROVIDER_PROPERTY, "sun.net.httpserver.DefaultHttpServerProvider");
        setDefault("sun.net.httpserver.nodelay", "true");
    }

    public static HttpEngine parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A server bound to the address, not yet started.
     *
     * @param workers the most requests handled at once
     * @param idleTimeout how long a connection may stay silent, also in the middle of a request
     * @param requestTimeout the JDK engine's limit for reading a whole request (Jetty's is enforced per body read)
     */
    Bound create(InetSocketAddress address, int workers, Duration idleTimeout, Duration requestTimeout)
            throws IOException {
        if (this == JETTY) {
            return new Bound(jetty(address, workers, idleTimeout), null);
        }
        // The JDK reads these once, when its first server is created: they are per process.
        setDefault("sun.net.httpserver.maxReqTime", Long.toString(requestTimeout.toSeconds()));
        setDefault("sun.net.httpserver.idleInterval", Long.toString(idleTimeout.toSeconds()));
        setDefault("sun.net.httpserver.maxReqHeaders", "100");
        HttpServer server = HttpServerProvider.provider().createHttpServer(address, 0);
        ExecutorService pool = boundedPool(workers);
        server.setExecutor(pool);
        return new Bound(server, pool);
    }

    private static HttpServer jetty(InetSocketAddress address, int workers, Duration idleTimeout)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(workers, 8));
        threads.setName("vistazo-jetty");
        Server server = new Server(threads);
        server.setHandler(new ContextHandlerCollection());
        server.setErrorHandler(new JettyErrorPages());
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(idleTimeout.toMillis());
        server.addConnector(connector);
        // bind() finds our connector on the same port and keeps it.
        JettyHttpServer spi = new JettyHttpServer(server, false, http);
        spi.bind(address, 0);
        return spi;
    }

    /** The site's handler as this engine must be given it. */
    HttpHandler adapt(HttpHandler handler) {
        return this == JETTY ? JettyRequestHeaders.around(handler) : handler;
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

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The server and the pool to shut down with it (null for Jetty, which owns its threads). */
    record Bound(HttpServer server, ExecutorService pool) {
    }
}
