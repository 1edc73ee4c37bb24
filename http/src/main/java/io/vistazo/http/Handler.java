package io.vistazo.http;

/** Answers one request. */
@FunctionalInterface
public interface Handler {

    void handle(Exchange exchange) throws Exception;
}
