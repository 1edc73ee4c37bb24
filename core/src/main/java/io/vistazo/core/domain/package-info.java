/**
 * The domain records and enumerations ({@code Media}, {@code Album}, {@code User}, {@code ChainMember}…) and the
 * error catalogue ({@code Refusal}). Plain values with no behaviour that needs an outside service; every
 * other package may use them. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.core.domain;
