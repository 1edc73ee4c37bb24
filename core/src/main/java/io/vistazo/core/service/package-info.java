/**
 * The use cases and the rules they enforce, as implementations of the inbound ports ({@link io.vistazo.core.port.in}):
 * uploads (keys, flood limits, duplicates, validation, naming, the journal), deletion and expiration, ownership and
 * privacy of media and albums, sessions and link building. They reach the outside through {@code core.port.out}
 * only. Exported to the wiring module ({@code io.vistazo.app}) only: everyone else calls the ports. See
 * {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.core.service;
