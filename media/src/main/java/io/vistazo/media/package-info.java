/** Image sniffing, probing and rendering. */
package io.vistazo.media;
