package io.vistazo.http.web;

import io.vistazo.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A script or style sheet shipped in the jar, served under a path that carries a hash of its content
 * ({@code /assets/uploader.3f9a0c1e.js}) so browsers may cache it for a year: a new version gets a new path.
 */
final class StaticAsset {

    private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final String path;
    private final String contentType;
    private final byte[] bytes;

    private StaticAsset(String path, String contentType, byte[] bytes) {
        this.path = path;
        this.contentType = contentType;
        this.bytes = bytes;
    }

    /** @param name a file in {@code assets/} beside this class, e.g. {@code uploader.js} */
    static StaticAsset load(String name, String contentType) {
        byte[] bytes = read("assets/" + name);
        int dot = name.lastIndexOf('.');
        String path = "/assets/" + name.substring(0, dot) + "." + shortHash(bytes) + name.substring(dot);
        return new StaticAsset(path, contentType, bytes);
    }

    String path() {
        return path;
    }

    void register(Router router) {
        router.get(path, exchange -> {
            exchange.header("Cache-Control", CACHE_FOREVER).header("X-Content-Type-Options", "nosniff");
            exchange.send(200, contentType, bytes);
        });
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAsset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String shortHash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
