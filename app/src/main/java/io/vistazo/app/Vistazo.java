package io.vistazo.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Embeds a Vistazo server in another JVM application:
 *
 * <pre>{@code
 * try (Vistazo.Server server = Vistazo.builder().dataDir(dir).port(0).start()) {
 *     URI api = URI.create(server.baseUrl() + "/api/1/upload");
 * }
 * }</pre>
 *
 * Any setting of the configuration table can be given with {@link Builder#set(String, String)}.
 */
public final class Vistazo {

    private Vistazo() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings by their configuration names; environment variables are not read. */
    public static final class Builder {

        private final Map<String, String> values = new HashMap<>();

        private Builder() {
        }

        public Builder set(String name, String value) {
            values.put(name, value);
            return this;
        }

        public Builder dataDir(Path dir) {
            return set("data", dir.toString());
        }

        public Builder port(int port) {
            return set("port", Integer.toString(port));
        }

        public Builder engine(String engine) {
            return set("engine", engine);
        }

        public Builder publicUrl(String url) {
            return set("public-url", url);
        }

        public Builder adminKey(String key) {
            return set("admin-key", key);
        }

        public Builder urlUploadAllow(String allowList) {
            return set("url-upload-allow", allowList);
        }

        /** Starts the server; the data folder and database are created when missing. */
        public Server start() {
            set("bind", values.getOrDefault("bind", "127.0.0.1"));
            return Application.start(VistazoConfig.from(Settings.load(values, Map.of())));
        }
    }

    /** A running server. */
    public interface Server extends AutoCloseable {

        /** The port actually bound (useful with port 0). */
        int port();

        /** {@code http://<bind>:<port>} as reachable from this machine. */
        String baseUrl();

        /** The admin API key created at first start, or null when the data folder already had an admin. */
        String createdAdminKey();

        @Override
        void close();
    }
}
