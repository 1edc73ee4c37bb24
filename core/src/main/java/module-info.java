/**
 * Vistazo's domain: media records, the upload and delete use cases, the ports adapters implement, and the pure
 * rules Chevereto clients depend on (ID codec, slugs, file naming, sizes, expiration). Depends on
 * {@code java.base} only.
 */
module io.vistazo.core {
    exports io.vistazo.core.domain;
    exports io.vistazo.core.files;
    exports io.vistazo.core.port.in;
    exports io.vistazo.core.port.out;
    exports io.vistazo.core.service;
    exports io.vistazo.core.text;
}
