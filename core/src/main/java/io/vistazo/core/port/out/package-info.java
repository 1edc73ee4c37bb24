/**
 * Outbound ports: what the use cases need from the outside (repositories, blob store, image and video
 * processing, the URL fetcher, failure counts, the node registry), as narrow interfaces that {@code storage},
 * {@code media} and {@code http.fetch} implement. No port names a technology. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.core.port.out;
