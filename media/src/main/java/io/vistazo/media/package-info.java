/**
 * The {@code ImageProcessor} adapter: sniffing from the bytes, probing sizes from the headers before any pixel is
 * decoded, metadata under the {@code exif} policy, and rendering of the main file, thumb and medium. Knows
 * {@code core} only; no HTTP, no SQL. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.media;
