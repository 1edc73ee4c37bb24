package io.vistazo.http;

/** An expected failure of a page or file request, answered with its status and a short message. */
public class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError notFound() {
        return new HttpError(404, "Not found");
    }
}
