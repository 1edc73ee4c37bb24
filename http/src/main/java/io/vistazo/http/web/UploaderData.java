package io.vistazo.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.text.SizeFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the uploader's script reads from the page: its texts ({@code #up-i18n}) and its lists and links
 * ({@code #up-config}), as JSON in {@code <script type="application/json">} blocks, which browsers never run.
 */
final class UploaderData {

    /** The embed codes offered after uploading, in order; each has an {@code up.codes.*} label. */
    static final List<String> CODE_KINDS = List.of("viewer", "direct", "markdown_full", "markdown_medium",
            "markdown_thumb", "bbcode_full", "bbcode_medium", "bbcode_thumb", "html_full", "html_medium", "html_thumb");

    /** The album actions of {@link WebApiRoutes}: create an album from media, move media to an album. */
    private static final String ALBUMS_PATH = "/web/api/albums";
    private static final String MOVE_PATH = "/web/api/media/move";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UploaderData() {
    }

    static String blocks(UploaderView view) {
        return block("up-i18n", view.messages().withPrefix("up.")) + block("up-config", config(view));
    }

    private static Map<String, Object> config(UploaderView view) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("uploadUrl", UploaderRoutes.UPLOAD_PATH);
        config.put("csrf", view.csrf());
        config.put("threads", view.settings().threads());
        config.put("maxImageBytes", view.maxImageBytes());
        config.put("maxVideoBytes", view.maxVideoBytes());
        config.put("maxImageText", SizeFormat.format(view.maxImageBytes()));
        config.put("maxVideoText", SizeFormat.format(view.maxVideoBytes()));
        config.put("formats", formats(view.settings().formats()));
        config.put("signedIn", view.signedIn());
        config.put("urlUploads", view.urlUploads());
        config.put("albums", view.albums().stream().map(album -> Map.of("id", album.id(), "name", album.name()))
                .toList());
        config.put("streamUrl", UploaderPage.MY_MEDIA_PATH);
        config.put("albumActions", Map.of("create", ALBUMS_PATH, "move", MOVE_PATH));
        return config;
    }

    private static List<Map<String, String>> formats(List<MediaFormat> formats) {
        List<Map<String, String>> list = new ArrayList<>();
        for (MediaFormat format : formats) {
            list.add(Map.of("ext", format.extension(), "mime", format.mime(), "kind", format.kind().label()));
            if (format == MediaFormat.JPEG) {
                list.add(Map.of("ext", "jpg", "mime", format.mime(), "kind", format.kind().label()));
            }
            if (format == MediaFormat.HEIC) {
                list.add(Map.of("ext", "heif", "mime", "image/heif", "kind", format.kind().label()));
            }
        }
        return list;
    }

    /** JSON that cannot close its element: {@code <}, {@code >} and {@code &} only ever occur inside strings. */
    private static String block(String id, Object data) {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of plain values always serialize", e);
        }
        json = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return "<script type=\"application/json\" id=\"" + id + "\">" + json + "</script>";
    }
}
