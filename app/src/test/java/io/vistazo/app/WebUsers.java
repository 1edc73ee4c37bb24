package io.vistazo.app;

import java.nio.file.Path;

/** Accounts with passwords for the web tests, created with the command line on a running server's data folder. */
final class WebUsers {

    static final String PASSWORD = "correct horse battery";

    private WebUsers() {
    }

    /** Adds the account (role {@code user} or {@code admin}) with {@link #PASSWORD}; returns its name. */
    static String add(Path dataDir, String name, String role) {
        Cli.runWithInput(dataDir, PASSWORD + "\n", "user", "add", name, "--role", role, "--password", "-");
        return name;
    }

    /** A new API key of the account. */
    static String key(Path dataDir, String name) {
        return Cli.run(dataDir, "key", "create", "--user", name).strip();
    }
}
