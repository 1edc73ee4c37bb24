package io.vistazo.core.port.out;

import java.util.Optional;

/** Site variables chosen once and kept with the data (ID codec salt and padding). */
public interface SettingsRepository {

    Optional<String> get(String name);

    /** Stores the value unless the name already has one; returns the value in force. */
    String putIfAbsent(String name, String value);
}
