package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.text.Durations;
import io.vistazo.core.text.SizeFormat;
import io.vistazo.core.text.TimeAgo;
import io.vistazo.core.text.Titles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Chevereto image object ({@code chevereto-compat.md} §3.0), in the seed's field order. */
final class MediaJson {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long LOADER_THRESHOLD_BYTES = 5_000_000;
    private static final long THUMB_DISPLAY_THRESHOLD_BYTES = 200_000;

    private final LinkMedia links;
    private final Clock clock;
    private final DerivativeSizes sizes;

    MediaJson(LinkMedia links, Clock clock, DerivativeSizes sizes) {
        this.links = links;
        this.clock = clock;
        this.sizes = sizes;
    }

    Map<String, Object> image(Media media, String baseUrl, String deleteSecret) {
        Map<String, Object> json = new LinkedHashMap<>();
        putStoredFields(json, media);
        putFileObjects(json, media, baseUrl);
        putDisplay(json, media, baseUrl);
        putLabels(json, media);
        if (deleteSecret != null) {
            json.put("delete_url", baseUrl + links.deletePath(media, deleteSecret));
        }
        return json;
    }

    private void putStoredFields(Map<String, Object> json, Media media) {
        json.put("name", media.name());
        json.put("extension", media.extension());
        json.put("size", media.size());
        json.put("width", media.width());
        json.put("height", media.height());
        json.put("date", media.date().format(DATE));
        json.put("date_gmt", media.dateGmt().format(DATE));
        json.put("title", media.title());
        json.put("tags", tagObjects(media.tags()));
        json.put("description", media.description());
        json.put("nsfw", media.nsfw() ? 1 : 0);
        json.put("storage_mode", media.storageMode().label());
        json.put("md5", media.md5());
        json.put("source_md5", media.sourceMd5());
        json.put("original_filename", media.originalFilename());
        json.put("original_exifdata", media.originalExifdata());
        json.put("views", media.views());
        json.put("category_id", media.categoryId());
        json.put("chain", media.chain());
        json.put("thumb_size", media.thumbSize());
        json.put("medium_size", media.mediumSize());
        json.put("frame_size", media.frameSize());
        json.put("expiration_date_gmt", media.expiresAt() == null ? null
                : LocalDateTime.ofInstant(media.expiresAt(), ZoneOffset.UTC).format(DATE));
        json.put("likes", 0);
        json.put("is_animated", media.animated() ? 1 : 0);
        json.put("is_approved", 1);
        json.put("is_360", media.is360() ? 1 : 0);
        json.put("duration", media.duration());
        json.put("type", media.kind().label());
        json.put("tags_string", String.join(", ", media.tags()));
        json.put("file", Map.of("resource", Map.of("type", "path")));
        json.put("id_encoded", links.encodedId(media));
        json.put("filename", media.filename());
        json.put("mime", media.format().mime());
    }

    private void putFileObjects(Map<String, Object> json, Media media, String baseUrl) {
        String url = fileUrl(media, ChainMember.IMAGE, baseUrl);
        json.put("url", url);
        json.put("ratio", media.height() == 0 ? 0.0 : (double) media.width() / media.height());
        json.put("size_formatted", SizeFormat.format(media.size()));
        if (media.kind() == MediaKind.VIDEO) {
            json.put("frame", member(media, ChainMember.FRAME, baseUrl, media.frameSize()));
        }
        json.put("image", member(media, ChainMember.IMAGE, baseUrl, media.size()));
        json.put("thumb", member(media, ChainMember.THUMB, baseUrl, media.thumbSize()));
        json.put("url_frame", media.has(ChainMember.FRAME) ? fileUrl(media, ChainMember.FRAME, baseUrl) : "");
        json.put("medium", member(media, ChainMember.MEDIUM, baseUrl, media.mediumSize()));
        json.put("duration_time", Durations.minutesSeconds(media.duration()));
        json.put("url_viewer", baseUrl + links.viewerPath(media));
        json.put("path_viewer", links.viewerPath(media));
        json.put("url_short", baseUrl + links.shortPath(media));
    }

    /** §3.8: frame or main file, then the medium, else the thumb of a large image, else a smaller frame. */
    private void putDisplay(Map<String, Object> json, Media media, String baseUrl) {
        boolean hasFrame = media.has(ChainMember.FRAME);
        String url = fileUrl(media, hasFrame ? ChainMember.FRAME : ChainMember.IMAGE, baseUrl);
        int width = media.width();
        int height = media.height();
        long keptSize = media.size();
        if (media.has(ChainMember.MEDIUM)) {
            url = fileUrl(media, ChainMember.MEDIUM, baseUrl);
            width = sizes.mediumWidth();
            height = media.width() == 0 ? 0
                    : (int) Math.round(sizes.mediumWidth() * (double) media.height() / media.width());
            keptSize = media.mediumSize();
        } else if (media.has(ChainMember.THUMB) && media.size() > THUMB_DISPLAY_THRESHOLD_BYTES
                && media.kind() == MediaKind.IMAGE) {
            url = fileUrl(media, ChainMember.THUMB, baseUrl);
            width = sizes.thumbWidth();
            height = sizes.thumbHeight();
            keptSize = media.thumbSize();
        }
        if (hasFrame && media.frameSize() < keptSize) {
            url = fileUrl(media, ChainMember.FRAME, baseUrl);
            width = media.width();
            height = media.height();
        }
        json.put("display_url", url);
        json.put("display_width", width);
        json.put("display_height", height);
    }

    private void putLabels(Map<String, Object> json, Media media) {
        String title = media.title() == null ? "" : media.title();
        String truncated = Titles.truncate(title);
        json.put("views_label", media.views() == 1 ? "view" : "views");
        json.put("likes_label", "likes");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        json.put("how_long_ago", TimeAgo.between(media.dateGmt(), now));
        json.put("date_fixed_peer", media.dateGmt().format(DATE));
        json.put("title_truncated", truncated);
        json.put("title_truncated_html", Titles.escapeHtml(truncated));
        json.put("is_use_loader", media.size() > LOADER_THRESHOLD_BYTES);
        json.put("display_title", media.title() == null ? media.filename() : media.title());
    }

    private Map<String, Object> member(Media media, ChainMember member, String baseUrl, long size) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!media.has(member)) {
            for (String key : List.of("filename", "name", "mime", "extension", "url")) {
                json.put(key, null);
            }
            return json;
        }
        String key = media.keyOf(member);
        String filename = key.substring(key.lastIndexOf('/') + 1);
        String extension = filename.substring(filename.lastIndexOf('.') + 1);
        json.put("filename", filename);
        json.put("name", filename.substring(0, filename.lastIndexOf('.')));
        json.put("mime", MediaFormat.mimeOfExtension(extension));
        json.put("extension", extension);
        json.put("url", links.fileUrl(baseUrl, media, key));
        json.put("size", size);
        return json;
    }

    private String fileUrl(Media media, ChainMember member, String baseUrl) {
        return links.fileUrl(baseUrl, media, media.keyOf(member));
    }

    private static List<Map<String, Object>> tagObjects(List<String> tags) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String tag : tags) {
            String urlKey = URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("name", tag);
            object.put("name_safe_html", Titles.escapeHtml(tag));
            object.put("url_key", urlKey);
            object.put("url", "/tag/" + urlKey);
            objects.add(object);
        }
        return objects;
    }
}
