package io.vistazo.core.port.in;

/** Stores an upload or refuses it with an {@link io.vistazo.core.domain.Refusal}, leaving nothing behind. */
public interface UploadMedia {

    UploadResult upload(UploadCommand command);
}
