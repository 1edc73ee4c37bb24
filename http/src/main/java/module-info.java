/**
 * The HTTP edge: a small router on {@code com.sun.net.httpserver}, the Chevereto API v1.1, file serving, pages,
 * and, apart from them in {@code io.vistazo.http.fetch}, the outbound fetcher for URL uploads. The edge calls the
 * core through its inbound ports ({@code io.vistazo.core.port.in}) only. See docs/ARCHITECTURE.md.
 */
module io.vistazo.http {
    requires transitive io.vistazo.core;
    requires transitive jdk.httpserver;
    requires com.fasterxml.jackson.databind;
    // Jetty's multipart parser reads request bodies; Jetty's client fetches URL sources with pinned addresses.
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires org.eclipse.jetty.client;
    requires org.slf4j;
    // The pages' templates, compiled to Java at build time (src/main/jte); their @Generated is source-only.
    requires gg.jte.runtime;
    requires static java.compiler;

    // An adapter: only the wiring builds the edge, the web pages and the outbound URL fetcher. io.vistazo.http.net
    // (addresses and networks, shared by the edge and the fetcher) stays inside.
    exports io.vistazo.http to io.vistazo.app;
    exports io.vistazo.http.fetch to io.vistazo.app;
    exports io.vistazo.http.web to io.vistazo.app;
    // The runtime calls the compiled templates by reflection; nothing else sees them.
    opens io.vistazo.http.web.templates to gg.jte.runtime;
}
