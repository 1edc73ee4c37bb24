package io.vistazo.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download: the file's name, encoded as RFC 6266 and RFC 5987 ask. */
final class DownloadName {

    private DownloadName() {
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>}. Control characters,
     * quotes, backslashes and slashes never reach the header; a name left empty becomes {@code download}.
     */
    static String attachment(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
        if (clean.isEmpty()) {
            clean = "download";
        }
        String ascii = clean.replaceAll("[^\\x20-\\x7e]", "_");
        String encoded = URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
