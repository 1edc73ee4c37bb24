package io.vistazo.http;

import io.vistazo.core.domain.Refusal;

/**
 * The one place a refusal's domain {@link Refusal.Reason} becomes an HTTP status. The API's error envelope,
 * the web API's and the error pages all answer with it; Chevereto's {@code error.code} travels beside it unchanged.
 */
public final class RefusalStatus {

    private RefusalStatus() {
    }

    public static int of(Refusal refusal) {
        return of(refusal.reason());
    }

    public static int of(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case TIMED_OUT -> 408;
            case TOO_LARGE -> 413;
            case RATE_LIMITED -> 429;
            case INTERNAL -> 500;
            case UNSUPPORTED -> 501;
            case UNAVAILABLE, BUSY -> 503;
            case NO_SPACE -> 507;
        };
    }
}
