/**
 * Pure text rules Chevereto clients depend on: the ID codec, slugs, file names, titles, tags, sizes, durations,
 * expirations and {@code how_long_ago}. Functions of their input only (no I/O; the time and randomness are
 * passed in), each citing its section of {@code docs/chevereto-compat.md}.
 */
package io.vistazo.core.text;
