package io.vistazo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Static GET load on one URL: with wrk when installed (a C client leaves more of the two cores to the server
 * under test), else with the JDK's client.
 */
final class Gets {

    private Gets() {
    }

    static String client() {
        return Wrk.installed() ? "wrk" : "JDK HttpClient";
    }

    static Stats measure(HttpClient client, String url, int concurrency, Duration length) throws Exception {
        if (Wrk.installed()) {
            return Wrk.run(url, concurrency, length, null, Map.of());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return Phases.run(concurrency, length, () -> fetch(client, request));
    }

    private static boolean fetch(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 0;
    }
}
