/**
 * ISO base media file boxes shared by the video and HEIF readers. Internal to the media module: not exported,
 * and every size read from a file is checked before it is trusted. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.media.iso;
