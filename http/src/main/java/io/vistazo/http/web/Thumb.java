package io.vistazo.http.web;

/**
 * One thumb of a grid, for the templates.
 *
 * @param href its viewer page
 * @param blurred whether the thumb is shown blurred (an NSFW media seen by someone who does not manage it)
 */
public record Thumb(String href, String src, String alt, boolean blurred) {
}
