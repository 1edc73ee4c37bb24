package io.vistazo.http;

import java.io.IOException;

/** How failures outside the API are shown: a small page per status. */
@FunctionalInterface
public interface ErrorPages {

    void send(Exchange exchange, int status, String message) throws IOException;
}
