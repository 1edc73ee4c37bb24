/** ISO base media file boxes shared by the video and HEIF readers; internal to the media module (not exported). */
package io.vistazo.media.iso;
