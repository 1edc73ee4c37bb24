/**
 * The web interface for people: cookie sessions and CSRF tokens, sign-in, the album, category and tag pages,
 * the signed-in pages, the JSON under {@code /web/api} and the uploader page. Like the rest of {@code http}, it
 * calls {@code core} use cases and enforces no ownership rule of its own. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.http.web;
