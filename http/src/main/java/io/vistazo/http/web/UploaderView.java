package io.vistazo.http.web;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.text.SizeFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything the uploader's template ({@code upload.jte}) shows besides the layout.
 *
 * @param mayUpload whether this visitor may upload at all (signed in, or guests allowed); otherwise the page only
 *                  invites to sign in
 * @param signedIn whether the visitor is signed in (tags and the album actions are theirs only)
 * @param urlUploads whether this visitor may add file URLs
 * @param albums the visitor's albums, for the album choices
 * @param categories the site's categories
 * @param maxImageBytes the largest image the server takes
 * @param maxVideoBytes the largest video the server takes
 * @param script the hashed path of the uploader's script
 * @param texts the {@code #up-i18n} data block: the script's texts, as JSON safe inside a script element
 * @param config the {@code #up-config} data block: the script's settings and links, as JSON likewise
 */
public record UploaderView(boolean mayUpload, boolean signedIn, boolean urlUploads, List<Choice> albums,
                           List<Choice> categories, List<MediaFormat> formats, long maxImageBytes,
                           long maxVideoBytes, String script, String texts, String config) {

    /** Where the page's sign-in links lead: back here once signed in. */
    public static final String SIGN_IN_PATH = "/login?next=/upload";

    /** Expiration presets offered, as ISO-8601 durations the API takes; each has an {@code up.expire.*} label. */
    static final List<String> EXPIRATIONS = List.of("PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D", "P3D",
            "P1W", "P2W", "P1M", "P3M", "P6M", "P1Y");

    /** The embed codes offered after uploading, in order; each has an {@code up.codes.*} label. */
    static final List<String> CODE_KINDS = List.of("viewer", "direct", "markdown_full", "markdown_medium",
            "markdown_thumb", "bbcode_full", "bbcode_medium", "bbcode_thumb", "html_full", "html_medium", "html_thumb");

    /** A choice of a select: the value sent and the text shown. */
    public record Choice(String value, String text) {
    }

    public UploaderView {
        albums = List.copyOf(albums);
        categories = List.copyOf(categories);
        formats = List.copyOf(formats);
    }

    public List<String> expirations() {
        return EXPIRATIONS;
    }

    public List<String> codeKinds() {
        return CODE_KINDS;
    }

    /** The formats' extensions in capitals, for the line under the drop zone. */
    public String formatNames() {
        return formats.stream().map(format -> format.extension().toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    public String maxImageText() {
        return SizeFormat.format(maxImageBytes);
    }

    public String maxVideoText() {
        return SizeFormat.format(maxVideoBytes);
    }

    /** The pickers' {@code accept}: MIME types and extensions, so pickers on every system offer the right files. */
    public String accept() {
        return accept(formats);
    }

    static String accept(List<MediaFormat> formats) {
        StringBuilder accept = new StringBuilder();
        for (MediaFormat format : formats) {
            accept.append(format.mime()).append(",.").append(format.extension()).append(',');
            if (format == MediaFormat.JPEG) {
                accept.append(".jpg,");
            }
            if (format == MediaFormat.HEIC) {
                accept.append("image/heif,.heif,");
            }
        }
        return accept.substring(0, Math.max(0, accept.length() - 1));
    }
}
