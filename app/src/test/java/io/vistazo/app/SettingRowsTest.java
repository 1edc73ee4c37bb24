package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.http.web.SettingRow;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingRowsTest {

    @Test
    void secretsAreMaskedAndOtherValuesShown() {
        assertThat(SettingRows.of(Map.of("admin-key", "chv_secret", "s3-secret-key", "s3cr3t",
                "database-password", "pw", "database-password-file", "/run/pw", "guest-key", "g",
                "id-salt", "salty", "database-url", "jdbc:postgresql://u:p@db/v", "port", "8080")))
                .containsExactlyInAnyOrder(new SettingRow("admin-key", SettingRows.MASK),
                        new SettingRow("s3-secret-key", SettingRows.MASK),
                        new SettingRow("database-password", SettingRows.MASK),
                        new SettingRow("database-password-file", SettingRows.MASK),
                        new SettingRow("guest-key", SettingRows.MASK),
                        new SettingRow("id-salt", SettingRows.MASK),
                        new SettingRow("database-url", SettingRows.MASK),
                        new SettingRow("port", "8080"));
    }

    @Test
    void anUnsetSecretShowsAsUnset() {
        assertThat(SettingRows.shown("admin-key", "")).isEmpty();
        assertThat(SettingRows.shown("site-name", "Vistazo")).isEqualTo("Vistazo");
    }
}
