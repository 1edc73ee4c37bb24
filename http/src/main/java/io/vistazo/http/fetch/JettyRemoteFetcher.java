package io.vistazo.http.fetch;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.RemoteFetcher;
import io.vistazo.core.text.SizeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Downloads URL upload sources with Jetty's {@link HttpClient}, reaching only addresses the {@link FetchPolicy}
 * permits. Thread-safe; create one per application and {@linkplain #close() close} it on shutdown.
 */
public final class JettyRemoteFetcher implements RemoteFetcher, AutoCloseable {

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_THREADS = 32;
    private static final int MAX_QUEUED_REQUESTS_PER_HOST = 64;
    private static final long DESTINATION_IDLE_MILLIS = 60_000;
    private static final int COPY_BUFFER_BYTES = 16 * 1024;

    private final FetchPolicy policy;
    private final QueuedThreadPool threads;
    private final HttpClient client;

    /** Starts the HTTP client; call {@link #close()} to stop it. */
    public JettyRemoteFetcher(FetchPolicy policy) {
        this(policy, HostLookup.SYSTEM, UnaryOperator.identity());
    }

    /** @param resolverWrapper lets tests watch which addresses Jetty is allowed to connect to */
    JettyRemoteFetcher(FetchPolicy policy, HostLookup lookup, UnaryOperator<SocketAddressResolver> resolverWrapper) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.threads = new QueuedThreadPool(MAX_THREADS);
        threads.setName("vistazo-fetch");
        threads.setDaemon(true);
        VettingResolver resolver = new VettingResolver(new AddressPolicy(policy.allowList()), lookup, threads);
        this.client = newClient(policy, threads, resolverWrapper.apply(resolver));
        start();
    }

    private static HttpClient newClient(FetchPolicy policy, QueuedThreadPool threads, SocketAddressResolver resolver) {
        HttpClient client = new HttpClient();
        client.setExecutor(threads);
        client.setSocketAddressResolver(resolver);
        client.setFollowRedirects(false);
        client.setConnectTimeout(policy.connectTimeout().toMillis());
        client.setIdleTimeout(policy.idleTimeout().toMillis());
        client.setMaxConnectionsPerDestination(policy.maxConnectionsPerHost());
        client.setMaxRequestsQueuedPerDestination(MAX_QUEUED_REQUESTS_PER_HOST);
        client.setDestinationIdleTimeout(DESTINATION_IDLE_MILLIS);
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, policy.userAgent()));
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setSslContextFactory(verifyingTls());
        return client;
    }

    private static SslContextFactory.Client verifyingTls() {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        return tls;
    }

    private void start() {
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the URL fetcher", e);
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
            if (threads.isRunning()) {
                threads.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the URL fetcher", e);
        }
    }

    @Override
    public Fetched fetch(URI url, long maxBytes, Path workDir) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(workDir, "workDir");
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            requireFetchable(current);
            Hop hop = send(current, deadline);
            Optional<URI> target = redirectTarget(hop, current);
            if (target.isEmpty()) {
                requireSuccess(hop);
                return new Fetched(download(hop, maxBytes, workDir, deadline), UrlFilename.of(current));
            }
            hop.discard();
            if (redirects >= policy.maxRedirects()) {
                throw Refusal.fetchFailed("too many redirects");
            }
            current = target.get();
        }
    }

    private void requireFetchable(URI url) {
        String scheme = url.getScheme();
        if (scheme == null) {
            throw Refusal.fetchFailed("URL has no scheme");
        }
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
            throw Refusal.unsupportedUrlScheme(scheme);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw Refusal.fetchFailed("URL has no host");
        }
        if (policy.isOwnHost(host)) {
            throw Refusal.selfHostUrl();
        }
    }

    private Hop send(URI url, long deadline) {
        long timeoutMillis = remainingMillis(deadline);
        InputStreamResponseListener listener = new InputStreamResponseListener();
        Request request = newRequest(url, timeoutMillis);
        request.send(listener);
        try {
            return new Hop(listener, listener.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            request.abort(e);
            throw Refusal.fetchFailed(FetchFailures.TIMEOUT);
        } catch (ExecutionException e) {
            throw FetchFailures.toRefusal(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abort(e);
            throw Refusal.fetchFailed("interrupted");
        }
    }

    private Request newRequest(URI url, long timeoutMillis) {
        try {
            return client.newRequest(url)
                    .method(HttpMethod.GET)
                    .followRedirects(false)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .idleTimeout(policy.idleTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .headers(headers -> headers.put(HttpHeader.ACCEPT, "*/*"));
        } catch (IllegalArgumentException e) {
            throw Refusal.fetchFailed("invalid URL");
        }
    }

    private static long remainingMillis(long deadline) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw Refusal.fetchFailed(FetchFailures.TIMEOUT);
        }
        return remaining;
    }

    private static Optional<URI> redirectTarget(Hop hop, URI current) {
        String location = hop.response().getHeaders().get(HttpHeader.LOCATION);
        if (!REDIRECT_STATUSES.contains(hop.response().getStatus()) || location == null) {
            return Optional.empty();
        }
        try {
            // URI.resolve drops the slash between host and a relative path when the base path is empty.
            URI base = current.getRawPath().isEmpty() ? current.resolve("/") : current;
            return Optional.of(base.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            hop.discard();
            throw Refusal.fetchFailed("invalid redirect location");
        }
    }

    private static void requireSuccess(Hop hop) {
        int status = hop.response().getStatus();
        if (status < 200 || status > 299) {
            hop.discard();
            throw Refusal.fetchFailed("HTTP " + status);
        }
    }

    private static Path download(Hop hop, long maxBytes, Path workDir, long deadline) {
        if (hop.declaredLength() > maxBytes) {
            hop.discard();
            throw tooBig(maxBytes);
        }
        Path file = createFile(hop, workDir);
        boolean complete = false;
        try {
            writeBody(hop, file, maxBytes, deadline);
            complete = true;
            return file;
        } finally {
            if (!complete) {
                hop.discard();
                deleteQuietly(file);
            }
        }
    }

    private static Path createFile(Hop hop, Path workDir) {
        try {
            return Files.createTempFile(workDir, "url-", ".download");
        } catch (IOException e) {
            hop.discard();
            throw Refusal.tempFileFailed();
        }
    }

    private static void writeBody(Hop hop, Path file, long maxBytes, long deadline) {
        try (InputStream body = hop.listener().getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[COPY_BUFFER_BYTES];
            long total = 0;
            int read;
            while ((read = body.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooBig(maxBytes);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw Refusal.fetchFailed(FetchFailures.TIMEOUT);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw FetchFailures.toRefusal(e);
        }
    }

    private static Refusal tooBig(long maxBytes) {
        return Refusal.tooBig(SizeFormat.format(maxBytes));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** One request whose headers have arrived and whose body is still to be read or thrown away. */
    private record Hop(InputStreamResponseListener listener, Response response) {

        /** Content-Length, or -1 when absent or describing compressed bytes Jetty will inflate. */
        long declaredLength() {
            if (response.getHeaders().contains(HttpHeader.CONTENT_ENCODING)) {
                return -1;
            }
            return response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        }

        /** Aborts the exchange (closing its connection if the body is unread) and releases buffered content. */
        void discard() {
            response.abort(new CancellationException("response discarded"));
            try {
                listener.close();
            } catch (IOException e) {
                // Closing only releases buffers; the exchange is already aborted.
            }
        }
    }
}
