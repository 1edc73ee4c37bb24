package io.vistazo.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.UploadResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes Chevereto API answers in the requested {@code format}: json (default), txt or redirect. */
public final class ApiResponses {

    private static final String JSON_TYPE = "application/json; charset=UTF-8";
    private static final String TEXT_TYPE = "text/plain; charset=UTF-8";
    private static final int BUSY_RETRY_SECONDS = 5;

    private final ObjectMapper mapper;
    private final MediaJson mediaJson;
    private final LinkMedia links;

    ApiResponses(ObjectMapper mapper, MediaJson mediaJson, LinkMedia links) {
        this.mapper = mapper;
        this.mediaJson = mediaJson;
        this.links = links;
    }

    /** The requested output; unknown values mean json. */
    enum Format {
        JSON, TXT, REDIRECT;

        static Format of(String value) {
            if (value == null) {
                return JSON;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "txt" -> TXT;
                case "redirect" -> REDIRECT;
                default -> JSON;
            };
        }
    }

    void success(Exchange exchange, Format format, boolean imgbb, UploadResult result, String baseUrl)
            throws IOException {
        noCache(exchange);
        Map<String, Object> image = mediaJson.image(result.media(), baseUrl, result.deleteSecret());
        switch (format) {
            case TXT -> exchange.send(200, TEXT_TYPE, (String) image.get("url"));
            case REDIRECT -> exchange.redirect(302, links.viewerPath(result.media()));
            default -> exchange.send(200, JSON_TYPE, json(successEnvelope(image, imgbb)));
        }
    }

    private static Map<String, Object> successEnvelope(Map<String, Object> image, boolean imgbb) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status_code", 200);
        if (imgbb) {
            body.put("status", 200);
        }
        body.put("success", Map.of("message", "file uploaded", "code", 200));
        if (imgbb) {
            Map<String, Object> data = new LinkedHashMap<>(image);
            data.put("id", image.get("id_encoded"));
            body.put("data", data);
        } else {
            body.put("image", image);
        }
        body.put("status_txt", "OK");
        return body;
    }

    /** Chevereto's error envelope for {@code refusal}, with the status {@link RefusalStatus} gives its reason. */
    void error(Exchange exchange, Format format, Refusal refusal) throws IOException {
        int status = RefusalStatus.of(refusal);
        long retryAfterSeconds = refusal.retryAfterSeconds();
        String message = refusal.getMessage();
        noCache(exchange);
        if (retryAfterSeconds > 0) {
            exchange.header("Retry-After", Long.toString(retryAfterSeconds));
        }
        if (status == 503 && retryAfterSeconds == 0) {
            exchange.header("Retry-After", Integer.toString(BUSY_RETRY_SECONDS));
        }
        if (format != Format.JSON) {
            exchange.send(status, TEXT_TYPE, message);
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("message", message);
        detail.put("code", refusal.code());
        detail.put("context", "UploadException");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status_code", status);
        body.put("error", detail);
        body.put("status_txt", StatusText.of(status));
        exchange.send(status, JSON_TYPE, json(body));
    }

    public void json(Exchange exchange, int status, Map<String, Object> body) throws IOException {
        noCache(exchange);
        exchange.send(status, JSON_TYPE, json(body));
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of plain values always serialize", e);
        }
    }

    private static void noCache(Exchange exchange) {
        exchange.header("Cache-Control", "no-store, no-cache, must-revalidate");
        exchange.header("Pragma", "no-cache");
        exchange.header("Expires", "0");
    }
}
