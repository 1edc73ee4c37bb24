package io.vistazo.core.port.out;

/**
 * A service this node depends on (the database, an object store) cannot be reached right now. The request that
 * met it is answered with 503 and may be retried; the node itself keeps running and recovers when the service
 * is back.
 */
public final class DependencyUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dependency;

    /** @param dependency the name {@code /health} reports, such as {@code database} */
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
