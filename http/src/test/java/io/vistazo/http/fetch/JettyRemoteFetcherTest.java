package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.RemoteFetcher.Fetched;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JettyRemoteFetcherTest {

    private static final long LIMIT = 1_000_000;
    private static final String OWN_HOST = "img.vistazo.test";
    private static final String NON_PUBLIC = "Unsupported non-public IP address for upload";

    @TempDir
    Path workDir;

    private final LoopbackOnlyGuard guard = new LoopbackOnlyGuard();
    private final FakeDns dns = new FakeDns();
    private final List<JettyRemoteFetcher> fetchers = new ArrayList<>();
    private LoopbackServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stopEverything() {
        fetchers.forEach(JettyRemoteFetcher::close);
        server.close();
        assertThat(guard.violations()).as("connections attempted outside loopback").isEmpty();
    }

    private JettyRemoteFetcher fetcher(FetchPolicy policy) {
        JettyRemoteFetcher fetcher = new JettyRemoteFetcher(policy, dns, guard);
        fetchers.add(fetcher);
        return fetcher;
    }

    private static FetchPolicy publicOnly() {
        return FetchPolicy.defaults(Set.of(OWN_HOST));
    }

    private static FetchPolicy loopbackAllowed() {
        return publicOnly().withAllowList("127.0.0.0/8");
    }

    private Refusal refusal(FetchPolicy policy, URI url) {
        Refusal error = catchThrowableOfType(Refusal.class, () -> fetcher(policy).fetch(url, LIMIT, workDir));
        assertThat(error).as("fetching %s must be refused", url).isNotNull();
        return error;
    }

    private List<Path> filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(workDir)) {
            return files.toList();
        }
    }

    @Test
    void downloadsAFileFromAnAllowedNetwork() throws IOException {
        Fetched fetched = fetcher(loopbackAllowed()).fetch(server.url("/files/cat%20photo.png"), LIMIT, workDir);

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(LoopbackServer.PHOTO);
        assertThat(fetched.filename()).isEqualTo("cat photo.png");
        assertThat(fetched.file().getParent()).isEqualTo(workDir);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void sendsTheConfiguredUserAgent() throws IOException {
        Fetched fetched = fetcher(loopbackAllowed()).fetch(server.url("/agent"), LIMIT, workDir);

        assertThat(Files.readString(fetched.file())).isEqualTo("Vistazo/0.1");
    }

    @Test
    void letsJettyInflateGzipBodies() throws IOException {
        Fetched fetched = fetcher(loopbackAllowed()).fetch(server.url("/gzip"), LIMIT, workDir);

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(LoopbackServer.PHOTO);
        assertThat(fetched.filename()).isEqualTo("gzip");
    }

    @Test
    void namesAFileWithoutPathSegmentDownload() {
        Fetched fetched = fetcher(loopbackAllowed()).fetch(server.url("/files/"), LIMIT, workDir);

        assertThat(fetched.filename()).isEqualTo("download");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void followsUpToThreeRedirects(int hops) throws IOException {
        Fetched fetched = fetcher(loopbackAllowed()).fetch(server.url("/hops/" + hops), LIMIT, workDir);

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(LoopbackServer.PHOTO);
        assertThat(fetched.filename()).isEqualTo("photo.png");
        assertThat(server.requestCount()).isEqualTo(hops + 1);
    }

    @Test
    void refusesAFourthRedirect() throws IOException {
        Refusal error = refusal(loopbackAllowed(), server.url("/hops/4"));

        assertThat(error).hasMessage("Curl error too many redirects");
        assertThat(error.code()).isZero();
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(filesLeft()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void followsEveryRedirectStatus(int status) throws IOException {
        Fetched fetched = fetcher(loopbackAllowed()).fetch(server.url("/status/" + status), LIMIT, workDir);

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(LoopbackServer.PHOTO);
    }

    @Test
    void treatsARedirectWithoutLocationAsFailure() {
        assertThat(refusal(loopbackAllowed(), server.url("/no-location"))).hasMessage("Curl error HTTP 302");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/x.png", "http://169.254.169.254/latest/meta-data/",
        "http://%5B::1%5D:PORT/files/x.png", "http://%5B::ffff:10.0.0.1%5D/x.png", "http://127.0.0.2:PORT/x.png",
        "http://0x7f000002:PORT/x.png"})
    void refusesARedirectToAForbiddenAddressBeforeConnecting(String target) {
        String location = target.replace("PORT", String.valueOf(server.port()));

        Refusal error = refusal(loopbackAllowed().withAllowList("127.0.0.1/32"), server.url("/to?" + location));

        assertThat(error).hasMessage(NON_PUBLIC);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        Refusal error = refusal(loopbackAllowed(), server.url("/to?ftp://127.0.0.1/x.png"));

        assertThat(error).hasMessage("Unsupported URL scheme `ftp`");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesARedirectToTheSiteItself() {
        Refusal error = refusal(loopbackAllowed(), server.url("/to?https://" + OWN_HOST + "/images/x.png"));

        assertThat(error).hasMessage("Unsupported self host URL upload");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LocalHost.", "2130706433", "0177.0.0.1", "017700000001",
        "0x7f000001", "0x7F000001", "127.0.0.01", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::1]",
        "[0:0:0:0:0:0:0:1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]"})
    void refusesLoopbackSpellingsWithoutConnecting(String host) {
        Refusal error = refusal(publicOnly(), URI.create("http://" + host + ":" + server.port() + "/files/a.png"));

        assertThat(error).hasMessage(NON_PUBLIC);
        assertThat(error.code()).isEqualTo(400);
        assertThat(error.reason()).isEqualTo(Refusal.Reason.INVALID);
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.1", "0x7f.0.0.1", "0x7f.1"})
    void refusesSpellingsJavaCannotReadAsHostWithoutConnecting(String host) {
        Refusal error = refusal(publicOnly(), URI.create("http://" + host + ":" + server.port() + "/files/a.png"));

        assertThat(error).hasMessage("Curl error URL has no host");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesAHostWhoseNameResolvesToAnyNonPublicAddress() {
        dns.with("mixed.test", "93.184.216.34", "127.0.0.1");

        Refusal error = refusal(publicOnly(), URI.create("http://mixed.test:" + server.port() + "/a.png"));

        assertThat(error).hasMessage(NON_PUBLIC);
        assertThat(guard.released()).isEmpty();
    }

    @Test
    void reachesAnAllowListedHostName() throws IOException {
        dns.with("files.lan", "127.0.0.1");
        URI url = URI.create("http://files.lan:" + server.port() + "/files/lan.png");

        Fetched fetched = fetcher(publicOnly().withAllowList("files.lan")).fetch(url, LIMIT, workDir);

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(LoopbackServer.PHOTO);
        assertThat(fetched.filename()).isEqualTo("lan.png");
    }

    @Test
    void refusesAnUnlistedHostNameResolvingToLoopback() {
        dns.with("files.lan", "127.0.0.1");

        Refusal error = refusal(publicOnly().withAllowList("other.lan"),
                URI.create("http://files.lan:" + server.port() + "/files/lan.png"));

        assertThat(error).hasMessage(NON_PUBLIC);
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a.png", "file:///etc/passwd", "gopher://127.0.0.1:70/_x",
        "jar:file:/tmp/a.jar!/a.png", "dict://127.0.0.1:11211/stat", "ldap://127.0.0.1/x"})
    void refusesOtherSchemes(String url) {
        URI uri = URI.create(url);

        Refusal error = refusal(loopbackAllowed(), uri);

        assertThat(error).hasMessage("Unsupported URL scheme `" + uri.getScheme() + "`");
        assertThat(error.code()).isEqualTo(400);
        assertThat(dns.queries()).isEmpty();
    }

    @Test
    void quotesTheSchemeExactly() {
        assertThat(refusal(publicOnly(), URI.create("ftp://example.com/a.png")))
                .hasMessage("Unsupported URL scheme `ftp`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://img.vistazo.test/a.png", "HTTPS://IMG.Vistazo.Test./a.png"})
    void refusesTheSiteItself(String url) {
        assertThat(refusal(publicOnly(), URI.create(url))).hasMessage("Unsupported self host URL upload");
        assertThat(dns.queries()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///a.png", "http:a.png", "/a.png"})
    void refusesUrlsWithoutHost(String url) {
        assertThat(refusal(publicOnly(), URI.create(url)).getMessage()).startsWith("Curl error URL has no");
    }

    @Test
    void reportsNotFound() throws IOException {
        assertThat(refusal(loopbackAllowed(), server.url("/missing.png"))).hasMessage("Curl error HTTP 404");
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        URI closedPort = URI.create("http://127.0.0.1:" + unusedPort() + "/a.png");

        Refusal error = refusal(loopbackAllowed(), closedPort);

        assertThat(error.getMessage()).startsWith("Curl error ").isNotEqualTo("Curl error timeout");
        assertThat(filesLeft()).isEmpty();
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/slow", "/stall"})
    void cutsOffASlowBodyAtTheTotalTimeout(String path) throws IOException {
        FetchPolicy impatient = loopbackAllowed()
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(800));
        long start = System.nanoTime();

        Refusal error = refusal(impatient, server.url(path));

        assertThat(error).hasMessage("Curl error timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(filesLeft()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/big", "/big-chunked", "/gzip-bomb"})
    void refusesAnOversizedBodyAndLeavesNoFile(String path) throws IOException {
        Refusal error = refusal(loopbackAllowed(), server.url(path));

        assertThat(error).hasMessage("File too big - max 1 MB");
        assertThat(error.code()).isEqualTo(400);
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws IOException {
        Fetched fetched = fetcher(loopbackAllowed())
                .fetch(server.url("/files/exact.png"), LoopbackServer.PHOTO.length, workDir);

        assertThat(Files.size(fetched.file())).isEqualTo(LoopbackServer.PHOTO.length);
    }
}
