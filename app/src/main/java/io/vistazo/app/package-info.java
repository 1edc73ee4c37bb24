/** Entry point, configuration, wiring and embedding API. */
package io.vistazo.app;
