/** Wires adapters into use cases, reads configuration, runs the CLI and the server. See docs/ARCHITECTURE.md. */
module io.vistazo.app {
    requires io.vistazo.core;
    requires io.vistazo.media;
    requires io.vistazo.storage;
    requires io.vistazo.http;
    requires org.slf4j;
    // Jetty's server is built here (timeouts, header limits, threads) and adapted by jetty-http-spi.
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.http.spi;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.util;
    // import chevereto: the old site's MariaDB/MySQL database, and PHP's bcrypt hashes (a filename-based
    // automatic module: the jar names none).
    requires org.mariadb.jdbc;
    requires bcrypt;
    // The import report is written as JSON.
    requires com.fasterxml.jackson.databind;

    exports io.vistazo.app;
}
