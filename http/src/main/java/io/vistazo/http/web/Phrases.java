package io.vistazo.http.web;

import io.vistazo.http.Html;

/**
 * Sentences with links in them. A translation stays one whole sentence (so it reads naturally and can be quoted
 * verbatim), and the link text is a phrase of it with a key of its own.
 */
final class Phrases {

    private Phrases() {
    }

    /**
     * The sentence, escaped, with the first occurrence of {@code phrase} inside {@code open…close} (HTML tags).
     * A translation that lacks the phrase keeps its plain text.
     */
    static String wrap(String escapedSentence, String phrase, String open, String close) {
        String escapedPhrase = Html.escape(phrase);
        int at = escapedSentence.indexOf(escapedPhrase);
        if (at < 0) {
            return escapedSentence;
        }
        return escapedSentence.substring(0, at) + open + escapedPhrase + close
                + escapedSentence.substring(at + escapedPhrase.length());
    }

    /** The sentence of {@code key} with the phrase of {@code phraseKey} as a link to {@code href}. */
    static String link(Messages messages, String key, String phraseKey, String href) {
        return wrap(Html.escape(messages.get(key)), messages.get(phraseKey),
                "<a href=\"" + Html.escape(href) + "\">", "</a>");
    }
}
