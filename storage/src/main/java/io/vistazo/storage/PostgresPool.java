package io.vistazo.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * HikariCP over the PostgreSQL driver. A request waits for a connection at most {@link #CONNECTION_WAIT}, so
 * with the server down it fails fast (503) instead of holding a worker; the pool replaces broken connections by
 * itself, so the node recovers when the server is back.
 */
final class PostgresPool {

    static final Duration CONNECTION_WAIT = Duration.ofSeconds(3);
    private static final int CONNECT_TIMEOUT_SECONDS = 3;

    private PostgresPool() {
    }

    /** @throws RuntimeException when no first connection can be made: the pool fails at start, not later */
    static HikariDataSource open(DatabaseLocation.Postgres location) {
        PGSimpleDataSource driver = new PGSimpleDataSource();
        driver.setURL(location.jdbcUrl());
        if (location.user() != null && !location.user().isBlank()) {
            driver.setUser(location.user());
        }
        if (!location.password().isEmpty()) {
            driver.setPassword(location.password().reveal());
        }
        driver.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        driver.setApplicationName("vistazo");
        HikariConfig config = new HikariConfig();
        config.setDataSource(driver);
        config.setPoolName("vistazo-db");
        config.setMaximumPoolSize(location.poolSize());
        config.setMinimumIdle(Math.min(2, location.poolSize()));
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        config.setValidationTimeout(Math.min(CONNECTION_WAIT.toMillis(), 2000));
        return new HikariDataSource(config);
    }
}
