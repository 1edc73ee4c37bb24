/** Wires adapters into use cases, reads configuration, runs the CLI and the server. */
module io.vistazo.app {
    requires io.vistazo.core;
    requires io.vistazo.media;
    requires io.vistazo.storage;
    requires io.vistazo.http;
    requires org.slf4j;

    // The HTTP engine (Jetty through jetty-http-spi, or the JDK's) is chosen by name from configuration.
    uses com.sun.net.httpserver.spi.HttpServerProvider;

    exports io.vistazo.app;
}
