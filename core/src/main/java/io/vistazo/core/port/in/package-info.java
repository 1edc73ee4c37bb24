/** Use cases the HTTP edge and the CLI call. */
package io.vistazo.core.port.in;
