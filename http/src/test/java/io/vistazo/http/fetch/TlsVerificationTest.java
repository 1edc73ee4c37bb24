package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.vistazo.core.domain.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher must verify certificates: a self-signed one on loopback is refused before any request is sent. */
class TlsVerificationTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path workDir;

    private final AtomicInteger requests = new AtomicInteger();
    private final LoopbackOnlyGuard guard = new LoopbackOnlyGuard();
    private HttpsServer server;
    private JettyRemoteFetcher fetcher;

    @BeforeEach
    void start() throws IOException, GeneralSecurityException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext()));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        FetchPolicy policy = FetchPolicy.defaults(Set.of()).withAllowList("127.0.0.0/8");
        fetcher = new JettyRemoteFetcher(policy, new FakeDns(), guard);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
        assertThat(guard.violations()).isEmpty();
    }

    private SSLContext selfSignedContext() throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsVerificationTest.class.getResourceAsStream("self-signed.p12")) {
            keyStore.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Test
    void refusesAnUntrustedCertificate() {
        URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/a.png");

        Refusal error = catchThrowableOfType(Refusal.class, () -> fetcher.fetch(url, 1_000, workDir));

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).startsWith("Curl error ").isNotEqualTo("Curl error timeout");
        assertThat(guard.released()).isNotEmpty();
        assertThat(requests.get()).isZero();
    }
}
