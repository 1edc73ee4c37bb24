/**
 * Fetching URL upload sources without letting users reach the inside: only http and https, every resolved
 * address checked against a public-only policy (with an operator allow list), connections pinned to the checked
 * addresses, redirects followed by hand and re-checked, size and time bounded.
 */
package io.vistazo.http.fetch;
