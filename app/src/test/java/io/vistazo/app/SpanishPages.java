package io.vistazo.app;

import io.vistazo.http.web.Language;
import io.vistazo.http.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English left in a page rendered in Spanish: every text of the English bundle that differs from its
 * Spanish translation (the language names aside: the switcher shows each language in its own name).
 */
final class SpanishPages {

    /** Pieces shorter than this (around placeholders) would match by chance. */
    private static final int SHORTEST_PIECE = 4;

    /** Attributes a person reads or hears. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(?:aria-label|alt|title|placeholder)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private SpanishPages() {
    }

    /**
     * The English texts found in what a person reads of the page (its text and its aria-label, alt, title and
     * placeholder attributes, entities decoded), as {@code key=text}.
     */
    static List<String> englishIn(String html) {
        StringBuilder readable = new StringBuilder(TAG.matcher(html).replaceAll(" "));
        Matcher attribute = READ_ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            readable.append('\n').append(attribute.group(1));
        }
        String decoded = readable.toString().replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        Map<String, String> english = Messages.of(Language.EN).withPrefix("");
        Map<String, String> spanish = Messages.of(Language.ES).withPrefix("");
        List<String> found = new ArrayList<>();
        english.forEach((key, text) -> {
            if (key.equals("lang.name") || text.equals(spanish.get(key))) {
                return;
            }
            for (String piece : text.split("%[sd]")) {
                if (piece.strip().length() >= SHORTEST_PIECE && containsWords(decoded, piece.strip())) {
                    found.add(key + "=" + text);
                    return;
                }
            }
        });
        return found;
    }

    /** Whole words only: "Administración" does not contain the English "Admin". */
    private static boolean containsWords(String text, String words) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(words) + "(?!\\p{L})").matcher(text).find();
    }
}
