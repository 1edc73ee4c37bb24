/**
 * Inbound ports: the use cases the HTTP edge and the CLI call, as interfaces with their command and result
 * records. Callers outside {@code core} depend on these, not on the classes of {@code core.service} that
 * implement them. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.core.port.in;
