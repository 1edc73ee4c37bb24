package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.in.UploadCommand;
import io.vistazo.core.port.in.UploadMedia;
import io.vistazo.core.port.in.UploadOptions;
import io.vistazo.core.port.in.UploadResult;
import io.vistazo.core.port.in.UploadSource;
import io.vistazo.http.ApiResponses.Format;
import java.util.Map;

/**
 * {@code /api/1/upload} (with or without trailing slash, any method): the Chevereto API v1.1. Every answer, even
 * our own faults, is the Chevereto envelope in the requested format, never HTML: the group is registered with
 * {@link UploadRefusals}.
 */
final class ApiRoutes implements Router.Routes {

    private final UploadMedia uploads;
    private final UploadRequestParser parser;
    private final ApiResponses responses;
    private final HttpSettings settings;
    private final UploadSlots slots;

    ApiRoutes(UploadMedia uploads, UploadRequestParser parser, ApiResponses responses, HttpSettings settings,
              UploadSlots slots) {
        this.uploads = uploads;
        this.parser = parser;
        this.responses = responses;
        this.settings = settings;
        this.slots = slots;
    }

    @Override
    public void register(Router router) {
        for (String method : new String[] {"GET", "POST", "PUT"}) {
            router.add(method, "/api/{version}/{action}", this::handle);
            router.add(method, "/api/{version}/{action}/", this::handle);
        }
    }

    /** Refusals are thrown: {@link UploadRefusals} answers them in the format kept here. */
    private void handle(Exchange exchange) throws Exception {
        exchange.keep(Format.class, Format.of(UploadRequestParser.parseQuery(exchange.rawQuery()).get("format")));
        checkVersionAndAction(exchange);
        slots.acquire();
        try (ParsedUpload request = parser.parse(exchange)) {
            Format format = Format.of(request.field("format"));
            exchange.keep(Format.class, format);
            UploadResult result = uploads.upload(command(exchange, request));
            responses.success(exchange, format, request.fields().containsKey("image"), result,
                    settings.baseUrl(exchange));
        } finally {
            slots.release();
        }
    }

    private static void checkVersionAndAction(Exchange exchange) {
        if (!"1".equals(exchange.pathParam("version"))) {
            throw Refusal.invalidVersion();
        }
        if (!"upload".equals(exchange.pathParam("action"))) {
            throw Refusal.invalidAction();
        }
    }

    private static UploadCommand command(Exchange exchange, ParsedUpload request) {
        String headerKey = exchange.header("X-API-Key");
        String key = headerKey != null && !headerKey.isBlank() ? headerKey.strip() : request.field("key");
        return new UploadCommand(key, source(request), options(request.fields()),
                exchange.method().equals("POST") || exchange.method().equals("PUT"), exchange.clientIp());
    }

    /** {@code source} as a file part, else the {@code source} text, else the ImgBB {@code image} text. */
    static UploadSource source(ParsedUpload request) {
        if (request.file() != null) {
            return new UploadSource.FileSource(request.file(), request.fileName());
        }
        for (String name : new String[] {"source", "image"}) {
            String text = request.field(name);
            if (text != null && !text.isBlank()) {
                return UploadSource.fromText(text);
            }
        }
        return null;
    }

    static UploadOptions options(Map<String, String> fields) {
        String title = fields.get("title") != null ? fields.get("title") : fields.get("name");
        return UploadOptions.builder()
                .title(title)
                .description(fields.get("description"))
                .tags(fields.get("tags"))
                .albumId(fields.get("album_id"))
                .categoryId(fields.get("category_id"))
                .width(fields.get("width"))
                .expiration(fields.get("expiration"))
                .nsfw(fields.get("nsfw"))
                .useFileDate(fields.get("use_file_date"))
                .build();
    }
}
