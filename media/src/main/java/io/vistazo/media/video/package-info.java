/**
 * The {@code VideoProcessor} adapter: probing MP4, QuickTime and WebM from their containers, poster frames with
 * JCodec (its core jar only) or the optional ffmpeg, and generated posters when no decoder can read a stream.
 * See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.media.video;
