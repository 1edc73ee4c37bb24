package io.vistazo.http.web;

/**
 * An error page: the status, its title and explanation in the visitor's language, and the server's own message.
 *
 * @param detail the server's message (English), shown to English readers only; null for none
 */
public record ErrorView(int status, String titleKey, String textKey, String detail) {
}
