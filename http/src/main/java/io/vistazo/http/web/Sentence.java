package io.vistazo.http.web;

/**
 * A sentence with a link (or a button) in it, cut around the phrase that becomes the link, for a template to put
 * the pieces together. A translation stays one whole sentence (so it reads naturally and can be quoted verbatim),
 * and the link text is a phrase of it with a key of its own.
 *
 * @param before the text before the phrase, or the whole sentence when it lacks the phrase
 * @param phrase the phrase, or null when the sentence lacks it (it then reads as plain text)
 * @param after the text after the phrase, or empty
 */
public record Sentence(String before, String phrase, String after) {

    /** The sentence cut around the first occurrence of {@code phrase}. */
    public static Sentence of(String sentence, String phrase) {
        int at = phrase.isEmpty() ? -1 : sentence.indexOf(phrase);
        if (at < 0) {
            return new Sentence(sentence, null, "");
        }
        return new Sentence(sentence.substring(0, at), phrase, sentence.substring(at + phrase.length()));
    }

    /** Whether the phrase is in the sentence, so the link can be made. */
    public boolean linked() {
        return phrase != null;
    }
}
