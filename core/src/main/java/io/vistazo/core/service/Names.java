package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.text.Tags;
import java.util.List;
import java.util.regex.Pattern;

/** The rules for names people choose: user names, key labels, album and category names, URL keys. */
final class Names {

    /** Letters, digits, {@code _} and {@code -}: safe in URLs such as a future {@code /user/<name>}. */
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    /** Chevereto's {@code category_url_key} is at most 32 characters; ours are lower-case slugs. */
    private static final Pattern URL_KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?");
    static final int MAX_KEY_LABEL = 64;
    static final int MAX_ALBUM_NAME = 100;
    static final int MAX_CATEGORY_NAME = 32;
    static final int MAX_DESCRIPTION = 4000;
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 1024;

    private Names() {
    }

    static String userName(String name) {
        String stripped = stripped(name);
        if (!USER_NAME.matcher(stripped).matches()) {
            throw Refusal.invalidValue("User names are 1 to 32 letters, digits, _ or -");
        }
        return stripped;
    }

    static String urlKey(String key) {
        String stripped = stripped(key);
        if (!URL_KEY.matcher(stripped).matches()) {
            throw Refusal.invalidValue("URL keys are 1 to 32 lower-case letters, digits or inner -");
        }
        return stripped;
    }

    /** Stripped text of 1 to {@code max} characters. */
    static String label(String text, int max, String what) {
        String stripped = stripped(text);
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > max) {
            throw Refusal.invalidValue(what + " must be 1 to " + max + " characters");
        }
        return stripped;
    }

    /** The tags of a media ({@link Tags#parse}), refused with the reason when too long or too many. */
    static List<String> tags(String text) {
        try {
            return Tags.parse(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalidValue(e.getMessage());
        }
    }

    /** Null for blank text. */
    static String description(String text) {
        String stripped = stripped(text);
        if (stripped.codePointCount(0, stripped.length()) > MAX_DESCRIPTION) {
            throw Refusal.invalidValue("Descriptions are at most " + MAX_DESCRIPTION + " characters");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw Refusal.invalidValue("Passwords must be " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
        return password;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
