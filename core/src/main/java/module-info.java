/**
 * Vistazo's domain: media records, the upload and delete use cases, the ports adapters implement, and the pure
 * rules Chevereto clients depend on (ID codec, slugs, file naming, sizes, expiration). Depends on
 * {@code java.base} only. See docs/ARCHITECTURE.md.
 */
module io.vistazo.core {
    exports io.vistazo.core.domain;
    exports io.vistazo.core.files;
    exports io.vistazo.core.port.in;
    exports io.vistazo.core.port.out;
    // The implementations of the ports: only the wiring constructs them; every other module calls port.in.
    exports io.vistazo.core.service to io.vistazo.app;
    exports io.vistazo.core.text;
}
