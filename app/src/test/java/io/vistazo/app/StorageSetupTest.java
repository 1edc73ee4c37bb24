package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageSetupTest {

    private static final Map<String, String> S3 = Map.of("storage", "s3", "s3-bucket", "media",
            "s3-access-key", "AKIDEXAMPLE");

    @Test
    void localIsTheDefault() {
        assertThat(StorageSetup.from(Settings.load(Map.of(), Map.of())).isS3()).isFalse();
    }

    @Test
    void theSecretComesFromTheEnvironmentAndIsNeverPrinted() {
        StorageSetup setup = StorageSetup.from(Settings.load(S3, Map.of("VISTAZO_S3_SECRET_KEY", "top-secret")));

        assertThat(setup.s3().secretKey().reveal()).isEqualTo("top-secret");
        assertThat(setup.toString()).doesNotContain("top-secret");
        assertThat(VistazoConfig.from(Settings.load(S3, Map.of("VISTAZO_S3_SECRET_KEY", "top-secret"))).toString())
                .doesNotContain("top-secret").contains("bucket=media");
    }

    @Test
    void theSecretMayComeFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s3-secret"), "from-a-file\n");
        Map<String, String> flags = new java.util.HashMap<>(S3);
        flags.put("s3-secret-key-file", file.toString());

        assertThat(StorageSetup.from(Settings.load(flags, Map.of())).s3().secretKey().reveal())
                .isEqualTo("from-a-file");
    }

    @Test
    void pathStyleIsOnForOtherServicesAndOffForAws() {
        Map<String, String> env = Map.of("VISTAZO_S3_SECRET_KEY", "s");
        Map<String, String> minio = new java.util.HashMap<>(S3);
        minio.put("s3-endpoint", "http://127.0.0.1:9000");
        assertThat(StorageSetup.from(Settings.load(minio, env)).s3().pathStyle()).isTrue();
        assertThat(StorageSetup.from(Settings.load(S3, env)).s3().pathStyle()).isFalse();
        minio.put("s3-path-style", "false");
        assertThat(StorageSetup.from(Settings.load(minio, env)).s3().pathStyle()).isFalse();
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> StorageSetup.from(Settings.load(S3, Map.of())))
                .hasMessageContaining("s3-secret-key");
        assertThatThrownBy(() -> StorageSetup.from(Settings.load(Map.of("storage", "s3"), Map.of())))
                .hasMessageStartingWith("s3-bucket");
        assertThatThrownBy(() -> StorageSetup.from(Settings.load(Map.of("storage", "nfs"), Map.of())))
                .hasMessageContaining("storage must be local or s3");
    }
}
