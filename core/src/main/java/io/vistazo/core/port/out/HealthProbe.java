package io.vistazo.core.port.out;

/** Tells whether one dependency of the node answers; {@code /health} asks each of them. */
public interface HealthProbe {

    /** The name {@code /health} shows, such as {@code database}. */
    String name();

    /** True when a trivial request succeeded just now; never throws. */
    boolean healthy();
}
