package io.vistazo.http.web;

import io.vistazo.http.Exchange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the web pages. A request gets the one it asks for with {@code ?lang=}, else the one its
 * {@value #COOKIE} cookie remembers, else the best match of its {@code Accept-Language}, else English.
 */
public enum Language {
    EN("en"),
    ES("es");

    /** Remembers a visitor's choice from the language switcher. */
    public static final String COOKIE = "vistazo_lang";
    private static final long REMEMBER_SECONDS = 365L * 24 * 60 * 60;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, also the value of {@code ?lang=} and of the cookie. */
    public String tag() {
        return tag;
    }

    /** The language a tag names exactly ({@code es}, {@code ES}), if supported. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(lower)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The request's language; a valid {@code ?lang=} is also remembered in the cookie for later requests. */
    public static Language of(Exchange exchange) {
        Optional<Language> asked = ofTag(Forms.query(exchange).get("lang"));
        if (asked.isPresent()) {
            exchange.responseHeaders().add("Set-Cookie", COOKIE + "=" + asked.get().tag + "; Path=/; Max-Age="
                    + REMEMBER_SECONDS + "; HttpOnly; SameSite=Lax");
            return asked.get();
        }
        return Cookies.requestValues(exchange.header("Cookie"), COOKIE).stream()
                .map(Language::ofTag).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> negotiate(exchange.header("Accept-Language")));
    }

    /** The supported language the header prefers most ({@code es-MX} counts as {@code es}); English otherwise. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals("*")) {
                return EN;
            }
            Optional<Language> supported = ofTag(primary);
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return EN;
    }
}
