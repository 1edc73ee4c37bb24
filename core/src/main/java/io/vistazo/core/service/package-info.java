/**
 * The use cases and the rules they enforce: uploads (keys, flood limits, duplicates, validation, naming, the
 * journal), deletion and expiration, ownership and privacy of media and albums, sessions and link building.
 * They reach the outside through {@code core.port.out} only. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.core.service;
