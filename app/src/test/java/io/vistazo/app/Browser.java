package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A web visitor for the HTTP tests: keeps the session cookie between requests, signs in, sends forms and JSON. */
final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final TestServer server;
    private String cookie;

    Browser(TestServer server) {
        this.server = server;
    }

    /** A visitor signed in as the account. */
    static Browser signedIn(TestServer server, String name, String password) {
        Browser browser = new Browser(server);
        HttpResponse<byte[]> response = browser.login(name, password);
        assertThat(response.statusCode()).as("sign-in of " + name + ": " + text(response)).isEqualTo(303);
        return browser;
    }

    HttpResponse<byte[]> login(String name, String password) {
        return postForm("/login", "csrf", csrf(), "name", name, "password", password);
    }

    /** The CSRF token of this visitor's session, from a page with a form. */
    String csrf() {
        HttpResponse<byte[]> page = get("/login");
        if (page.statusCode() == 303) {
            page = get("/my/keys");
        }
        return csrfIn(text(page));
    }

    static String csrfIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in " + html).isTrue();
        return matcher.group(1);
    }

    String cookie() {
        return cookie;
    }

    void useCookie(String value) {
        cookie = value;
    }

    HttpResponse<byte[]> get(String path) {
        return send(request(path).GET());
    }

    /** @param fields names and values, alternating */
    HttpResponse<byte[]> postForm(String path, String... fields) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** @param body JSON text, or null for none; @param csrf the token header, or null for none */
    HttpResponse<byte[]> json(String method, String path, String body, String csrf) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path));
        if (cookie != null) {
            builder.header("Cookie", "vistazo_session=" + cookie);
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = server.send(request.build());
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String header : setCookies) {
            if (header.startsWith("vistazo_session=")) {
                cookie = header.substring("vistazo_session=".length(), header.indexOf(';'));
            }
        }
        return response;
    }

    static String form(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
