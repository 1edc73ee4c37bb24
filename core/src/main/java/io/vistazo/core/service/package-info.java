/**
 * The implementations of the inbound ports ({@link io.vistazo.core.port.in}) and the rules they share. Exported to
 * the wiring module ({@code io.vistazo.app}) only: everyone else calls the ports.
 */
package io.vistazo.core.service;
