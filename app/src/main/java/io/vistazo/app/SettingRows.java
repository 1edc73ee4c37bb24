package io.vistazo.app;

import io.vistazo.http.web.SettingRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The effective settings as the admin dashboard shows them: secrets (keys, passwords, secrets, salts, and a
 * database URL that could carry credentials) are never printed, only whether they are set.
 */
final class SettingRows {

    /** What a secret that is set shows instead of its value. */
    static final String MASK = "********";

    private SettingRows() {
    }

    static List<SettingRow> of(Map<String, String> effective) {
        return effective.entrySet().stream()
                .map(setting -> new SettingRow(setting.getKey(), shown(setting.getKey(), setting.getValue())))
                .toList();
    }

    static String shown(String name, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return isSecret(name) ? MASK : value;
    }

    /** Whether the setting's value must never be printed. */
    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("-key") || lower.contains("password") || lower.contains("secret")
                || lower.contains("salt") || lower.equals("database-url");
    }
}
