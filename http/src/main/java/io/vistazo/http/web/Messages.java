package io.vistazo.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The texts of the web pages in one language, from {@code i18n/messages_<tag>.properties} beside this class
 * (UTF-8). They are read as plain resources of this module rather than through {@code ResourceBundle}, whose
 * lookup across named modules needs a service provider. Placeholders: {@code %s} a text, {@code %d} a number,
 * {@code %%} a percent sign, filled in order by {@link #format} here and by the same rule in the uploader's script.
 */
public final class Messages {

    private static final Map<Language, Messages> ALL = loadAll();

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The text of a key; a missing key is a bug, refused loudly. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key + " in " + language.tag());
        }
        return text;
    }

    /** Whether this language has a text for the key. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text with its placeholders filled by {@code args}, in order. */
    public String format(String key, Object... args) {
        return fill(get(key), args);
    }

    /** Every text whose key starts with the prefix, by key. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> selected = new TreeMap<>();
        texts.forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                selected.put(key, text);
            }
        });
        return selected;
    }

    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length());
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            char following = i + 1 < template.length() ? template.charAt(i + 1) : 0;
            if (c == '%' && following == '%') {
                out.append('%');
                i++;
            } else if (c == '%' && (following == 's' || following == 'd') && next < args.length) {
                out.append(args[next++]);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<Language, Messages> loadAll() {
        Map<Language, Messages> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, new Messages(language, load("i18n/messages_" + language.tag() + ".properties")));
        }
        return all;
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return Map.copyOf(texts);
    }
}
