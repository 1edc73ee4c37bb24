package io.vistazo.core.port.out;

/**
 * A service this node depends on (the database, the object store) cannot be reached or fails on its side right
 * now: a condition that passes, unlike a refusal or a bug. The request that met it is refused as unavailable,
 * with when to try again, and may be retried; the node itself keeps running and recovers when the service is back.
 *
 * <p>This is the one type for every such outage. Where a port's contract is an {@link java.io.IOException} (the
 * blob store), the adapter throws an {@code IOException} whose cause is this, so that the callers' clean-up of
 * I/O failures runs as for any other; {@link #in} finds it anywhere in a failure's cause chain.
 */
public final class DependencyUnavailable extends RuntimeException {

    /** The database (SQLite or PostgreSQL). */
    public static final String DATABASE = "database";
    /** The blob store (an S3 bucket). */
    public static final String STORAGE = "storage";

    private static final long serialVersionUID = 1L;

    private final String dependency;

    /** @param dependency the name {@code /health} reports: {@link #DATABASE} or {@link #STORAGE} */
    public DependencyUnavailable(String dependency, Throwable cause) {
        super(dependency + " unavailable: " + cause.getMessage(), cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }

    /** The first {@code DependencyUnavailable} in the failure's cause chain, or null. */
    public static DependencyUnavailable in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DependencyUnavailable unavailable) {
                return unavailable;
            }
        }
        return null;
    }
}
