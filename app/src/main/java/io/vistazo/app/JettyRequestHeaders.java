package io.vistazo.app;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.spi.JettyExchange;

/**
 * Jetty's exchange with its request headers read as the JDK's server reads them: each header line's value
 * whole, as sent. jetty-http-spi splits every value as a quoted list and throws ("No Bad Whitespace allowed in
 * parameters") on a harmless {@code Accept-Language: en;q= 0.5}, which turned such requests into 500s; the
 * routes parse the headers they use themselves. The headers are also built once rather than on every look-up.
 */
final class JettyRequestHeaders extends HttpExchange {

    private final HttpExchange exchange;
    private final Headers requestHeaders;

    private JettyRequestHeaders(HttpExchange exchange, Headers requestHeaders) {
        this.exchange = exchange;
        this.requestHeaders = requestHeaders;
    }

    /** The handler, given Jetty's exchanges with their headers read whole; other exchanges pass unchanged. */
    static HttpHandler around(HttpHandler handler) {
        return exchange -> handler.handle(exchange instanceof JettyExchange jetty
                ? new JettyRequestHeaders(exchange, headersOf(jetty)) : exchange);
    }

    private static Headers headersOf(JettyExchange jetty) {
        Headers headers = new Headers();
        for (HttpField field : jetty.getRequest().getHeaders()) {
            if (field.getValue() != null) {
                headers.add(field.getName(), field.getValue());
            }
        }
        return headers;
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return exchange.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return exchange.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return exchange.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return exchange.getHttpContext();
    }

    @Override
    public void close() {
        exchange.close();
    }

    @Override
    public InputStream getRequestBody() {
        return exchange.getRequestBody();
    }

    @Override
    public OutputStream getResponseBody() {
        return exchange.getResponseBody();
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        exchange.sendResponseHeaders(rCode, responseLength);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return exchange.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return exchange.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return exchange.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return exchange.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return exchange.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        exchange.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        exchange.setStreams(i, o);
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return exchange.getPrincipal();
    }
}
