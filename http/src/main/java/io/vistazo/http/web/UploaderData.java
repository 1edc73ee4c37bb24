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

    /** The album actions of {@link WebApiRoutes}: create an album from media, move media to an album. */
    private static final String ALBUMS_PATH = "/web/api/albums";
    private static final String MOVE_PATH = "/web/api/media/move";
    /** Where the results' links to the uploaded media lead. */
    private static final String MY_MEDIA_PATH = "/my";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UploaderData() {
    }

    /** The script's texts: every {@code up.*} text in the visitor's language. */
    static String texts(Messages messages) {
        return safeJson(messages.withPrefix("up."));
    }

    /**
     * The script's settings and links.
     *
     * @param csrf the session's token, which every upload and album action sends
     */
    static String config(String csrf, UploaderSettings settings, long maxImageBytes, long maxVideoBytes,
                         boolean signedIn, boolean urlUploads, List<UploaderView.Choice> albums) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("uploadUrl", UploaderRoutes.UPLOAD_PATH);
        config.put("csrf", csrf);
        config.put("threads", settings.threads());
        config.put("maxImageBytes", maxImageBytes);
        config.put("maxVideoBytes", maxVideoBytes);
        config.put("maxImageText", SizeFormat.format(maxImageBytes));
        config.put("maxVideoText", SizeFormat.format(maxVideoBytes));
        config.put("formats", formats(settings.formats()));
        config.put("signedIn", signedIn);
        config.put("urlUploads", urlUploads);
        config.put("albums", albums.stream().map(album -> Map.of("id", album.value(), "name", album.text()))
                .toList());
        config.put("streamUrl", MY_MEDIA_PATH);
        config.put("albumActions", Map.of("create", ALBUMS_PATH, "move", MOVE_PATH));
        return safeJson(config);
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

    /**
     * JSON that cannot close its {@code <script>} element nor open a comment there: {@code <}, {@code >} and
     * {@code &} only ever occur inside strings, where they become {@code \u003c}, {@code \u003e}, {@code \u0026}.
     * The template writes it as it is, so this is the one place that makes it safe.
     */
    static String safeJson(Object data) {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of plain values always serialize", e);
        }
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
