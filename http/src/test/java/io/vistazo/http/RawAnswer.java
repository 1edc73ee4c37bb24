package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A whole answer read up to the closed connection: status, headers (names in lower case) and body. Requests go
 * over a plain socket, so every byte of the answer (or its absence, for HEAD and 204) is seen as a client sees it.
 */
record RawAnswer(int status, Map<String, String> headers, String body) {

    /** {@code method path} with {@code headers} (each {@code Name: value}) and no body. */
    static RawAnswer request(int port, String method, String path, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(method + " " + path
                    + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            if (method.equals("POST")) {
                request.append("Content-Length: 0\r\n");
            }
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    static RawAnswer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("end of the headers in: " + text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
