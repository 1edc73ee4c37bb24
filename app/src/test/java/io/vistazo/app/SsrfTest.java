package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URL uploads can reach nothing inside: every private, special or disguised address is refused before any
 * connection, redirects are re-checked, and a slow or endless remote body is cut off. Only loopback traffic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsrfTest {

    private static final String NON_PUBLIC = "Unsupported non-public IP address for upload";

    private TestServer server;
    private HttpServer origin;

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException {
        origin = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        origin.createContext("/redirect", exchange -> {
            String target = exchange.getRequestURI().getRawQuery().substring("to=".length());
            exchange.getResponseHeaders().set("Location", java.net.URLDecoder.decode(target, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        origin.createContext("/endless.png", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write(chunk);
                }
            } catch (IOException cutOff) {
                // Expected: the fetcher hangs up once the limit is passed.
            }
        });
        origin.createContext("/slow.png", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write(0);
                    out.flush();
                    Thread.sleep(250);
                }
            } catch (IOException | InterruptedException cutOff) {
                // Expected: the fetcher gives up first.
            }
        });
        origin.start();
        server = TestServer.start(dataDir, HttpEngine.JETTY, "url-upload-allow", "127.0.0.2/32",
                "max-upload-size", "1 MB", "video-max-size", "1 MB", "url-fetch-timeout", "3");
    }

    @AfterAll
    void stop() {
        server.close();
        origin.stop(0);
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(server.storedFiles()).isEmpty();
    }

    private JsonNode uploadUrl(String url) {
        HttpResponse<byte[]> response = server.postForm("/api/1/upload", "key=" + TestServer.ADMIN_KEY
                + "&source=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(url).isBetween(400, 499);
        return TestServer.json(response).path("error");
    }

    private String originUrl(String path) {
        return "http://127.0.0.2:" + origin.getAddress().getPort() + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/a.png", "http://127.1.2.3/a.png", "http://localhost/a.png",
            "http://10.0.0.1/a.png", "http://172.16.5.5/a.png", "http://192.168.1.1/a.png",
            "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/a.png", "http://0.0.0.0/a.png",
            "http://224.0.0.1/a.png", "http://255.255.255.255/a.png", "http://198.18.0.1/a.png",
            "http://[::1]/a.png", "http://[fc00::1]/a.png", "http://[fd12:3456::1]/a.png", "http://[fe80::1]/a.png",
            "http://[::ffff:127.0.0.1]/a.png", "http://[::ffff:10.0.0.1]/a.png", "http://[64:ff9b::a00:1]/a.png",
            "http://[ff02::1]/a.png", "http://2130706433/a.png", "http://0177.0.0.1/a.png",
            "http://0x7f000001/a.png", "http://127.0.0.01/a.png", "https://127.0.0.1:443/a.png",
    })
    void privateAndDisguisedAddressesAreRefused(String url) {
        assertThat(uploadUrl(url).path("message").asText()).isEqualTo(NON_PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x7f.0.0.1", "127.1", "0x7f.1"})
    void spellingsJavaCannotParseAreRefusedToo(String host) {
        assertThat(uploadUrl("http://" + host + "/a.png").path("message").asText())
                .isIn(NON_PUBLIC, "Curl error URL has no host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp", "file", "gopher", "jar", "dict"})
    void onlyHttpSchemes(String scheme) {
        assertThat(uploadUrl(scheme + "://example.org/a.png").path("message").asText())
                .isEqualTo("Unsupported URL scheme `" + scheme + "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9/a.png", "http://10.0.0.1/a.png", "http://[::1]:9/a.png",
            "http://169.254.169.254/latest"})
    void redirectsIntoTheInsideAreRefused(String target) {
        String hop = originUrl("/redirect?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        assertThat(uploadUrl(hop).path("message").asText()).isEqualTo(NON_PUBLIC);
    }

    @Test
    void anEndlessBodyIsCutOffBySize() {
        assertThat(uploadUrl(originUrl("/endless.png")).path("message").asText()).isEqualTo("File too big - max 1 MB");
    }

    @Test
    void aSlowBodyIsCutOffByTime() {
        long start = System.nanoTime();
        assertThat(uploadUrl(originUrl("/slow.png")).path("message").asText()).startsWith("Curl error");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(8);
    }
}
