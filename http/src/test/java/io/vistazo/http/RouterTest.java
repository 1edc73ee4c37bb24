package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The router on its own, mounted on the JDK's server on a loopback port and spoken to over a plain socket, so
 * every byte of the answer (or its absence, for HEAD and 204) is seen as a client sees it.
 */
class RouterTest {

    private static final String BODY = "hello, router";

    private HttpServer server;
    private ExecutorService executor;

    @BeforeEach
    void start() throws IOException {
        RouteTable table = new Router()
                .get("/things", exchange -> exchange.send(200, "text/plain; charset=UTF-8", BODY))
                .post("/things", exchange -> exchange.send(201, "text/plain; charset=UTF-8", "made"))
                .post("/only-post", exchange -> exchange.send(200, "text/plain; charset=UTF-8", "posted"))
                .delete("/things/{id}", exchange -> { })
                .get("/items/{id}", exchange -> exchange.send(200, "text/plain; charset=UTF-8",
                        "item " + exchange.pathParam("id")))
                .get("/files/{key...}", exchange -> exchange.send(200, "text/plain; charset=UTF-8",
                        "file " + exchange.pathParam("key")))
                .get("/slash/", exchange -> exchange.send(200, "text/plain; charset=UTF-8", "with slash"))
                .get("/gone", exchange -> {
                    throw Refusal.notFound("This one");
                })
                .get("/database-down", exchange -> {
                    throw new IllegalStateException("query failed",
                            new DependencyUnavailable(DependencyUnavailable.DATABASE, new IOException("refused")));
                })
                .get("/bucket-down", exchange -> {
                    throw new IOException("read failed",
                            new DependencyUnavailable(DependencyUnavailable.STORAGE, new IOException("503 from S3")));
                })
                .get("/unreadable", exchange -> {
                    throw new NoSuchFileException("images/2024/10/10/gone.jpg");
                })
                .get("/bug", exchange -> {
                    throw new IllegalStateException("secret internal detail");
                })
                .get("/fails-after-sending", exchange -> {
                    exchange.send(200, "text/plain; charset=UTF-8", BODY);
                    throw new IllegalStateException("too late to change the answer");
                })
                .get("/refused", exchange -> {
                    throw Refusal.forbidden("Not yours");
                })
                .routes((exchange, refusal) -> exchange.send(RefusalStatus.of(refusal), "application/json",
                        "{\"refused\":\"" + refusal.getMessage() + "\"}"), router -> router
                        .get("/json/refused", exchange -> {
                            throw Refusal.forbidden("Not yours");
                        })
                        .get("/json/gone", exchange -> {
                            throw Refusal.notFound("This one");
                        })
                        .get("/json/bug", exchange -> {
                            throw new IllegalStateException("secret internal detail");
                        }))
                .get("/after-the-group", exchange -> {
                    throw Refusal.forbidden("Not yours");
                })
                .build(Html.ERROR_PAGES, TrustedProxies.NONE);
        executor = Executors.newFixedThreadPool(4);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", table);
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void aRouteAnswersWithItsHandler() throws IOException {
        RawAnswer answer = request("GET", "/things");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(BODY);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anUnknownPathIsA404Page() throws IOException {
        RawAnswer answer = request("GET", "/nothing/here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
        assertThat(answer.body()).contains("Not found");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(Html.CSP);
    }

    @Test
    void aTrailingSlashIsAnotherPath() throws IOException {
        assertThat(request("GET", "/slash").status()).isEqualTo(404);
        assertThat(request("GET", "/slash/").body()).isEqualTo("with slash");
    }

    @Test
    void aKnownPathWithAnotherMethodIs405ListingTheMethodsItTakes() throws IOException {
        RawAnswer answer = request("DELETE", "/things");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD, POST");
        assertThat(answer.body()).contains("Method not allowed");
    }

    @Test
    void headIsAllowedOnlyWhereGetIs() throws IOException {
        RawAnswer answer = request("GET", "/only-post");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("POST");

        RawAnswer head = request("HEAD", "/only-post");
        assertThat(head.status()).isEqualTo(405);
        assertThat(head.header("Allow")).isEqualTo("POST");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void headOnAGetRouteHasTheHeadersOfGetAndNoBody() throws IOException {
        RawAnswer get = request("GET", "/things");
        RawAnswer head = request("HEAD", "/things");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Length"))
                .isEqualTo(get.header("Content-Length"))
                .isEqualTo(Integer.toString(BODY.getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void headOfAnUnknownPathIsA404WithoutBody() throws IOException {
        RawAnswer get = request("GET", "/nothing");
        RawAnswer head = request("HEAD", "/nothing");

        assertThat(head.status()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"));
    }

    @Test
    void aHandlerThatSendsNothingAnswers204WithoutBody() throws IOException {
        RawAnswer answer = request("DELETE", "/things/7");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("Content-Length")).isNull();
    }

    @Test
    void pathParametersArePercentDecodedOnce() throws IOException {
        assertThat(request("GET", "/items/Hola-se%C3%B1or%252F.kE").body()).isEqualTo("item Hola-señor%2F.kE");
        assertThat(request("GET", "/items/a+b").body()).isEqualTo("item a+b");
        assertThat(request("GET", "/items/a/b").status()).isEqualTo(404);
    }

    /** The API relies on it: {@code /api/1/} reaches its handler, which answers "No action provided". */
    @Test
    void anEmptySegmentIsAnEmptyParameter() throws IOException {
        assertThat(request("GET", "/items/").body()).isEqualTo("item ");
    }

    @Test
    void aTailParameterTakesTheRestOfThePath() throws IOException {
        assertThat(request("GET", "/files/2024/10/10/cat%20one.jpg").body()).isEqualTo("file 2024/10/10/cat one.jpg");
        assertThat(request("GET", "/files").status()).isEqualTo(404);
    }

    /** The JDK's server refuses such a URI itself; the router's own 400 covers engines that pass it on. */
    @Test
    void aBrokenPercentEscapeIsA400() throws IOException {
        assertThat(request("GET", "/items/%zz").status()).isEqualTo(400);
    }

    @Test
    void aRefusalIsAnsweredWithItsStatusAndMessage() throws IOException {
        RawAnswer answer = request("GET", "/gone");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("This one not found");
    }

    @Test
    void anUnreachableDatabaseAnywhereInTheCausesIs503WithRetryAfter() throws IOException {
        RawAnswer answer = request("GET", "/database-down");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.body()).contains("The database is temporarily unavailable");
    }

    @Test
    void anUnreachableBucketBehindAnIoExceptionIs503NotADroppedConnection() throws IOException {
        RawAnswer answer = request("GET", "/bucket-down");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.body()).contains("The storage is temporarily unavailable");
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentIdAndNoDetail() throws IOException {
        RawAnswer answer = request("GET", "/bug");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).containsPattern("Internal error, incident [0-9a-f-]{36}");
        assertThat(answer.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void aRefusalOfAUseCaseIsAnErrorPageWithItsStatusUnlessTheGroupAnswersOtherwise() throws IOException {
        RawAnswer page = request("GET", "/refused");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Not yours").doesNotContain("{");

        RawAnswer refused = request("GET", "/json/refused");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).endsWith("{\"refused\":\"Not yours\"}");
        RawAnswer gone = request("GET", "/json/gone");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).endsWith("{\"refused\":\"This one not found\"}");
        RawAnswer bug = request("GET", "/json/bug");
        assertThat(bug.status()).as("a failure nobody expected is the group's answer too").isEqualTo(500);
        assertThat(bug.body()).containsPattern("\\{\"refused\":\"Internal error, incident [0-9a-f-]{36}\"}$");

        RawAnswer after = request("GET", "/after-the-group");
        assertThat(after.body()).as("the group's answer ends with the group").doesNotContain("{");
    }

    /** It used to close the connection without a word, as if the client had gone away. */
    @Test
    void anIoFailureBeforeAnythingWasSentIsA500NotADroppedConnection() throws IOException {
        RawAnswer answer = request("GET", "/unreadable");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).contains("Internal error").doesNotContain("gone.jpg");
    }

    @Test
    void aFailureAfterTheAnswerWasSentLeavesTheAnswerAlone() throws IOException {
        RawAnswer answer = request("GET", "/fails-after-sending");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(BODY);
    }

    @Test
    void methodsAreMatchedWhateverTheirCaseAtRegistration() throws IOException {
        RawAnswer answer = request("POST", "/things");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo("made");
    }

    @Test
    void theSameMethodAndPatternTwiceIsRefusedWhenRoutesAreAdded() {
        Router router = new Router().get("/a", exchange -> { });

        assertThatThrownBy(() -> router.add("get", "/a", exchange -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("duplicate route GET /a");
    }

    private RawAnswer request(String method, String path) throws IOException {
        return RawAnswer.request(server.getAddress().getPort(), method, path);
    }
}
