package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import io.vistazo.http.web.NoSessions;
import io.vistazo.http.web.Pages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one error path: the same refusal, and the same unexpected failure, thrown from a route of the API's group, of
 * the web interface's JSON group and of a page, is answered the group's way: Chevereto's envelope in the requested
 * format, the JSON envelope, or the error page in the visitor's language. The groups are the ones the site uses
 * ({@link UploadRefusals}, {@link Refusals#json}, the site's {@link Pages}).
 */
class RouteGroupsTest {

    private static final String SPANISH = "Accept-Language: es";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpServer server;
    private ExecutorService executor;

    @BeforeEach
    void start() throws IOException {
        ApiResponses responses = new ApiResponses(MAPPER, null, null);
        Pages pages = new Pages(NoSessions.NOBODY, "Site", false);
        RouteTable table = new Router()
                .routes(new UploadRefusals(responses), router -> failing(router, "/api"))
                .routes(Refusals.json(responses), router -> failing(router, "/web/api"))
                .routes(router -> failing(router, "/page"))
                .build(pages.errorPages(), TrustedProxies.NONE);
        executor = Executors.newFixedThreadPool(2);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", table);
        server.setExecutor(executor);
        server.start();
    }

    /** The same three failures under {@code prefix}; the API's routes keep the format the query asks for. */
    private static void failing(Router router, String prefix) {
        router.get(prefix + "/refused", exchange -> {
            keepFormat(exchange, prefix);
            throw Refusal.tooManyAttempts("failed sign-ins", 42);
        });
        router.get(prefix + "/database-down", exchange -> {
            keepFormat(exchange, prefix);
            throw new IllegalStateException("query failed",
                    new DependencyUnavailable(DependencyUnavailable.DATABASE, new IOException("refused")));
        });
        router.get(prefix + "/bug", exchange -> {
            keepFormat(exchange, prefix);
            throw new IllegalStateException("secret internal detail");
        });
    }

    private static void keepFormat(Exchange exchange, String prefix) {
        if (prefix.equals("/api")) {
            exchange.keep(ApiResponses.Format.class,
                    ApiResponses.Format.of(UploadRequestParser.parseQuery(exchange.rawQuery()).get("format")));
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void theSameRefusalIsTheEnvelopeTheWebJsonOrTheLocalizedPageByTheRoutesGroup() throws IOException {
        RawAnswer api = request("/api/refused");
        assertThat(api.status()).isEqualTo(429);
        assertThat(api.header("Retry-After")).isEqualTo("42");
        assertEnvelope(api, 429, 429, "Too many failed sign-ins; try again in 42 seconds");

        RawAnswer text = request("/api/refused?format=txt");
        assertThat(text.status()).isEqualTo(429);
        assertThat(text.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(text.body()).isEqualTo("Too many failed sign-ins; try again in 42 seconds");

        RawAnswer json = request("/web/api/refused");
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.header("Retry-After")).isEqualTo("42");
        assertEnvelope(json, 429, 429, "Too many failed sign-ins; try again in 42 seconds");

        RawAnswer page = request("/page/refused");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isEqualTo("42");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertSpanishPage(page, "Demasiados intentos");
    }

    @Test
    void anOutageIsA503WithRetryAfterInEveryGroupsOwnAnswer() throws IOException {
        String message = "The database is temporarily unavailable, try again shortly";
        RawAnswer api = request("/api/database-down");
        assertThat(api.header("Retry-After")).isEqualTo("5");
        assertEnvelope(api, 503, 503, message);

        RawAnswer json = request("/web/api/database-down");
        assertThat(json.header("Retry-After")).isEqualTo("5");
        assertEnvelope(json, 503, 503, message);

        RawAnswer page = request("/page/database-down");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("5");
        assertSpanishPage(page, "No disponible");
    }

    @Test
    void aBugIsA500WithAnIncidentIdInEveryGroupsOwnAnswerNeverItsDetail() throws IOException {
        for (String path : new String[] {"/api/bug", "/web/api/bug"}) {
            RawAnswer answer = request(path);
            assertThat(answer.status()).as(path).isEqualTo(500);
            JsonNode envelope = MAPPER.readTree(answer.body());
            assertThat(envelope.path("error").path("message").asText()).as(path)
                    .matches("Internal error, incident [0-9a-f-]{36}");
            assertThat(answer.body()).as(path).doesNotContain("secret internal detail");
        }

        RawAnswer page = request("/page/bug");
        assertThat(page.status()).isEqualTo(500);
        assertSpanishPage(page, "Error interno");
        assertThat(page.body()).doesNotContain("secret internal detail");
    }

    private static void assertEnvelope(RawAnswer answer, int status, int code, String message) throws IOException {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        JsonNode envelope = MAPPER.readTree(answer.body());
        assertThat(envelope.path("status_code").asInt()).isEqualTo(status);
        assertThat(envelope.path("error").path("code").asInt()).isEqualTo(code);
        assertThat(envelope.path("error").path("message").asText()).isEqualTo(message);
        assertThat(envelope.path("status_txt").asText()).isNotBlank();
    }

    /** The site's error page in Spanish: its title, and none of the server's English message. */
    private static void assertSpanishPage(RawAnswer page, String title) {
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.body()).contains("<html lang=\"es\">").contains(title)
                .doesNotContain("Too many").doesNotContain("temporarily").doesNotContain("incident")
                .doesNotContain("\"status_code\"");
    }

    private RawAnswer request(String path) throws IOException {
        return RawAnswer.request(server.getAddress().getPort(), "GET", path, SPANISH);
    }
}
