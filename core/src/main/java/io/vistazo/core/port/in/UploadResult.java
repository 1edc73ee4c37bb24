package io.vistazo.core.port.in;

import io.vistazo.core.domain.Media;

/** A stored upload and the plain delete secret, which is shown once and never stored. */
public record UploadResult(Media media, String deleteSecret) {
}
