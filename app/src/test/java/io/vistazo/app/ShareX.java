package io.vistazo.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/** What ShareX does with a custom uploader (.sxcu): its URL, headers, arguments and file form name. */
final class ShareX {

    private ShareX() {
    }

    /** Uploads the fixture as ShareX would with {@code sxcu}, and returns the answer's image. */
    static JsonNode upload(TestServer server, JsonNode sxcu, String fixture) {
        MultipartBody body = new MultipartBody();
        for (Map.Entry<String, JsonNode> argument : sxcu.path("Arguments").properties()) {
            body.field(argument.getKey(), argument.getValue().asText());
        }
        body.file(sxcu.path("FileFormName").asText(), fixture, "image/png", Fixtures.bytes(fixture));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sxcu.path("RequestURL").asText()))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        sxcu.path("Headers").properties().forEach(header -> request.header(header.getKey(),
                header.getValue().asText()));
        return Uploads.image(server.send(request.build()));
    }
}
