/**
 * The outbound fetcher of URL upload sources, an adapter of the {@code RemoteFetcher} port: only http and https,
 * every resolved address checked against a public-only policy (with an operator allow list), connections pinned
 * to the checked addresses, redirects followed by hand and re-checked, size and time bounded. It answers no
 * request; nothing in the inbound HTTP code uses it. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.http.fetch;
