package io.vistazo.storage;

import io.vistazo.core.port.out.SettingsRepository;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Site variables, one text value per name. */
final class SqlSettingsRepository implements SettingsRepository {

    private final SqlAccess sql;

    SqlSettingsRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> get(String name) {
        return sql.read(handle -> valueOf(handle, name));
    }

    @Override
    public String putIfAbsent(String name, String value) {
        Objects.requireNonNull(value, "value");
        return sql.write(handle -> {
            handle.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) "
                            + "ON CONFLICT (name) DO NOTHING")
                    .bind("name", name)
                    .bind("value", value)
                    .execute();
            return valueOf(handle, name).orElseThrow();
        });
    }

    private static Optional<String> valueOf(Handle handle, String name) {
        return handle.createQuery("SELECT value FROM settings WHERE name = :name")
                .bind("name", name)
                .map(Rows.FIRST_STRING)
                .findOne();
    }
}
