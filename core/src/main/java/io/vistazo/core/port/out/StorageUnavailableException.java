package io.vistazo.core.port.out;

import java.io.IOException;

/**
 * The blob store cannot be reached or answers with a server error (an object store that is down or overloaded):
 * a condition that passes, unlike a refusal or a bug, so an upload that meets it may be tried again later.
 */
public final class StorageUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
