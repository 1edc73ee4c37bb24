package io.vistazo.http.fetch;

import io.vistazo.core.domain.Refusal;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Turns whatever Jetty or the network threw into the user-facing {@link Refusal}. */
final class FetchFailures {

    static final String TIMEOUT = "timeout";

    private static final int MAX_CAUSE_DEPTH = 16;

    private FetchFailures() {
    }

    static Refusal toRefusal(Throwable failure) {
        Throwable deepest = failure;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSE_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof Refusal uploadError) {
                return uploadError;
            }
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
                return Refusal.fetchFailed(TIMEOUT);
            }
            deepest = cause;
        }
        return Refusal.fetchFailed(describe(deepest));
    }

    private static String describe(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return "Could not resolve host: " + cause.getMessage();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
