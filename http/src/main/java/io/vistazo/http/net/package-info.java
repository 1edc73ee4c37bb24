/**
 * IP address spellings and networks, parsed without DNS. Shared by the inbound edge (trusted proxies) and the
 * outbound URL fetcher ({@code io.vistazo.http.fetch}), so that neither depends on the other; it depends on
 * nothing else in the module and is not exported.
 */
package io.vistazo.http.net;
