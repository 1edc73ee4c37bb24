package io.vistazo.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A socket-level HTTP client for what well-behaved clients never do: stall, trickle, half-send. */
final class RawClient implements AutoCloseable {

    private final Socket socket;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
    }

    /** A client connecting from another loopback address ({@code 127.0.0.2}…), as a second machine would. */
    RawClient(String localAddress, int port) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(20_000);
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** Sends nothing more: the server reads the end of the stream, as when a client hangs up mid-body. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** Reads until the server closes the connection or {@code timeoutMillis} pass; returns what arrived. */
    String readUntilClosed(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("connection still open after " + timeoutMillis + " ms; got: " + text, e);
        } catch (IOException reset) {
            // A reset also ends the connection.
        }
        return text.toString();
    }

    /** Reads until the end of the response headers (or the connection's end); returns what arrived. */
    String readHeaders(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                text.append((char) b);
                if (text.toString().endsWith("\r\n\r\n")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + timeoutMillis + " ms; got: " + text, e);
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
