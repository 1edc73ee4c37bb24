package io.vistazo.http.fetch;

import io.vistazo.core.domain.UploadError;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Turns whatever Jetty or the network threw into the user-facing {@link UploadError}. */
final class FetchFailures {

    static final String TIMEOUT = "timeout";

    private static final int MAX_CAUSE_DEPTH = 16;

    private FetchFailures() {
    }

    static UploadError toUploadError(Throwable failure) {
        Throwable deepest = failure;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSE_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof UploadError uploadError) {
                return uploadError;
            }
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
                return UploadError.fetchFailed(TIMEOUT);
            }
            deepest = cause;
        }
        return UploadError.fetchFailed(describe(deepest));
    }

    private static String describe(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return "Could not resolve host: " + cause.getMessage();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
