/** Video probing (MP4, QuickTime, WebM), poster frames with JCodec or ffmpeg, and generated posters. */
package io.vistazo.media.video;
