package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
                    throw new HttpError(410, "This one left");
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
                .routes(new Refusals() {
                    @Override
                    public void refused(Exchange exchange, Refusal refusal) throws IOException {
                        exchange.send(RefusalStatus.of(refusal), "application/json", "{\"refused\":\""
                                + refusal.getMessage() + "\"}");
                    }

                    @Override
                    public void failed(Exchange exchange, HttpError error) throws IOException {
                        exchange.send(error.status(), "application/json", "{\"failed\":" + error.status() + "}");
                    }
                }, router -> router
                        .get("/json/refused", exchange -> {
                            throw Refusal.forbidden("Not yours");
                        })
                        .get("/json/gone", exchange -> {
                            throw new HttpError(410, "This one left");
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
        Answer answer = request("GET", "/things");

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body).isEqualTo(BODY);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anUnknownPathIsA404Page() throws IOException {
        Answer answer = request("GET", "/nothing/here");

        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
        assertThat(answer.body).contains("Not found");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(Html.CSP);
    }

    @Test
    void aTrailingSlashIsAnotherPath() throws IOException {
        assertThat(request("GET", "/slash").status).isEqualTo(404);
        assertThat(request("GET", "/slash/").body).isEqualTo("with slash");
    }

    @Test
    void aKnownPathWithAnotherMethodIs405ListingTheMethodsItTakes() throws IOException {
        Answer answer = request("DELETE", "/things");

        assertThat(answer.status).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD, POST");
        assertThat(answer.body).contains("Method not allowed");
    }

    @Test
    void headIsAllowedOnlyWhereGetIs() throws IOException {
        Answer answer = request("GET", "/only-post");
        assertThat(answer.status).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("POST");

        Answer head = request("HEAD", "/only-post");
        assertThat(head.status).isEqualTo(405);
        assertThat(head.header("Allow")).isEqualTo("POST");
        assertThat(head.body).isEmpty();
    }

    @Test
    void headOnAGetRouteHasTheHeadersOfGetAndNoBody() throws IOException {
        Answer get = request("GET", "/things");
        Answer head = request("HEAD", "/things");

        assertThat(head.status).isEqualTo(200);
        assertThat(head.body).isEmpty();
        assertThat(head.header("Content-Length"))
                .isEqualTo(get.header("Content-Length"))
                .isEqualTo(Integer.toString(BODY.getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void headOfAnUnknownPathIsA404WithoutBody() throws IOException {
        Answer get = request("GET", "/nothing");
        Answer head = request("HEAD", "/nothing");

        assertThat(head.status).isEqualTo(404);
        assertThat(head.body).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"));
    }

    @Test
    void aHandlerThatSendsNothingAnswers204WithoutBody() throws IOException {
        Answer answer = request("DELETE", "/things/7");

        assertThat(answer.status).isEqualTo(204);
        assertThat(answer.body).isEmpty();
        assertThat(answer.header("Content-Length")).isNull();
    }

    @Test
    void pathParametersArePercentDecodedOnce() throws IOException {
        assertThat(request("GET", "/items/Hola-se%C3%B1or%252F.kE").body).isEqualTo("item Hola-señor%2F.kE");
        assertThat(request("GET", "/items/a+b").body).isEqualTo("item a+b");
        assertThat(request("GET", "/items/a/b").status).isEqualTo(404);
    }

    /** The API relies on it: {@code /api/1/} reaches its handler, which answers "No action provided". */
    @Test
    void anEmptySegmentIsAnEmptyParameter() throws IOException {
        assertThat(request("GET", "/items/").body).isEqualTo("item ");
    }

    @Test
    void aTailParameterTakesTheRestOfThePath() throws IOException {
        assertThat(request("GET", "/files/2024/10/10/cat%20one.jpg").body).isEqualTo("file 2024/10/10/cat one.jpg");
        assertThat(request("GET", "/files").status).isEqualTo(404);
    }

    /** The JDK's server refuses such a URI itself; the router's own 400 covers engines that pass it on. */
    @Test
    void aBrokenPercentEscapeIsA400() throws IOException {
        assertThat(request("GET", "/items/%zz").status).isEqualTo(400);
    }

    @Test
    void anHttpErrorIsAnsweredWithItsStatusAndMessage() throws IOException {
        Answer answer = request("GET", "/gone");

        assertThat(answer.status).isEqualTo(410);
        assertThat(answer.body).contains("This one left");
    }

    @Test
    void anUnreachableDatabaseAnywhereInTheCausesIs503WithRetryAfter() throws IOException {
        Answer answer = request("GET", "/database-down");

        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.body).contains("The database is temporarily unavailable");
    }

    @Test
    void anUnreachableBucketBehindAnIoExceptionIs503NotADroppedConnection() throws IOException {
        Answer answer = request("GET", "/bucket-down");

        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.body).contains("The storage is temporarily unavailable");
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentIdAndNoDetail() throws IOException {
        Answer answer = request("GET", "/bug");

        assertThat(answer.status).isEqualTo(500);
        assertThat(answer.body).containsPattern("Internal error, incident [0-9a-f-]{36}");
        assertThat(answer.body).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void aRefusalOfAUseCaseIsAnErrorPageWithItsStatusUnlessTheGroupAnswersOtherwise() throws IOException {
        Answer page = request("GET", "/refused");
        assertThat(page.status).isEqualTo(403);
        assertThat(page.body).contains("Not yours").doesNotContain("{");

        Answer refused = request("GET", "/json/refused");
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.body).endsWith("{\"refused\":\"Not yours\"}");
        Answer failed = request("GET", "/json/gone");
        assertThat(failed.status).isEqualTo(410);
        assertThat(failed.body).endsWith("{\"failed\":410}");

        Answer after = request("GET", "/after-the-group");
        assertThat(after.body).as("the group's answer ends with the group").doesNotContain("{");
    }

    /** It used to close the connection without a word, as if the client had gone away. */
    @Test
    void anIoFailureBeforeAnythingWasSentIsA500NotADroppedConnection() throws IOException {
        Answer answer = request("GET", "/unreadable");

        assertThat(answer.status).isEqualTo(500);
        assertThat(answer.body).contains("Internal error").doesNotContain("gone.jpg");
    }

    @Test
    void aFailureAfterTheAnswerWasSentLeavesTheAnswerAlone() throws IOException {
        Answer answer = request("GET", "/fails-after-sending");

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body).isEqualTo(BODY);
    }

    @Test
    void methodsAreMatchedWhateverTheirCaseAtRegistration() throws IOException {
        Answer answer = request("POST", "/things");

        assertThat(answer.status).isEqualTo(201);
        assertThat(answer.body).isEqualTo("made");
    }

    @Test
    void theSameMethodAndPatternTwiceIsRefusedWhenRoutesAreAdded() {
        Router router = new Router().get("/a", exchange -> { });

        assertThatThrownBy(() -> router.add("get", "/a", exchange -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("duplicate route GET /a");
    }

    private Answer request(String method, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (method.equals("POST") ? "Content-Length: 0\r\n" : "") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    /** A whole answer read up to the closed connection: status, headers (names in lower case) and body. */
    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("end of the headers in: " + text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
