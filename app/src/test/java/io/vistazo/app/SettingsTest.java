package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.PageRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vistazo.properties");
        Files.writeString(file, "port=7000\npublic-url=https://file.example\nengine=jdk\n");
        Settings settings = Settings.load(Map.of("port", "9000", "config", file.toString()),
                Map.of("VISTAZO_PORT", "8000", "VISTAZO_PUBLIC_URL", "https://env.example"));
        assertThat(settings.get("port")).hasValue("9000");
        assertThat(settings.get("public-url")).hasValue("https://env.example");
        assertThat(settings.get("engine")).hasValue("jdk");
        assertThat(settings.get("data")).isEmpty();
    }

    @Test
    void theConfigFileMayBeNamedByTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v.properties");
        Files.writeString(file, "url-upload-allow=127.0.0.0/8\n");
        Settings settings = Settings.load(Map.of(), Map.of("VISTAZO_CONFIG", file.toString()));
        assertThat(VistazoConfig.from(settings).urlUploadAllow()).isEqualTo("127.0.0.0/8");
    }

    @Test
    void flagsAreParsedInBothSpellings() {
        List<String> rest = new ArrayList<>();
        Map<String, String> flags = Settings.parseFlags(
                List.of("key", "create", "--user", "admin", "--port=1234", "--verbose"), rest);
        assertThat(rest).containsExactly("key", "create");
        assertThat(flags).containsEntry("user", "admin").containsEntry("port", "1234").containsEntry("verbose", "true");
    }

    @Test
    void defaultsMatchTheReadme() {
        VistazoConfig config = VistazoConfig.from(Settings.load(Map.of(), Map.of()));
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("vistazo-data").toAbsolutePath());
        assertThat(config.engine()).isEqualTo(HttpEngine.JETTY);
        assertThat(config.maxUploadBytes()).isEqualTo(100_000_000L);
        assertThat(config.derivativeSizes()).isEqualTo(new DerivativeSizes(320, 320, 500));
    }

    @ParameterizedTest
    @CsvSource({"100 MB, 100000000", "5mb, 5000000", "2 MiB, 2097152", "1500, 1500", "10 KB, 10000",
            "1 GiB, 1073741824"})
    void sizes(String text, long bytes) {
        assertThat(VistazoConfig.parseSize(text)).isEqualTo(bytes);
    }

    @Test
    void badValuesAreExplained() {
        assertThatThrownBy(() -> VistazoConfig.parseSize("lots")).hasMessageContaining("not a size");
        assertThatThrownBy(() -> VistazoConfig.from(Settings.load(Map.of("port", "eighty"), Map.of())))
                .hasMessageContaining("port must be a whole number");
        assertThatThrownBy(() -> VistazoConfig.from(Settings.load(Map.of("thumb-height", "0"), Map.of())))
                .hasMessageStartingWith("thumb height must be at least 1, not 0 (settings thumb-width");
        assertThatThrownBy(() -> VistazoConfig.from(Settings.load(Map.of("route-album", "image"), Map.of())))
                .hasMessageContaining("routes must differ").hasMessageEndingWith("(settings route-image, route-video,"
                        + " route-album)");
    }

    @Test
    void pageRoutesAreReadTogether() {
        Map<String, String> routes = Map.of("route-image", "picture", "route-album", "coleccion");

        assertThat(VistazoConfig.from(Settings.load(routes, Map.of())).pageRoutes())
                .isEqualTo(new PageRoutes("picture", "video", "coleccion"));
    }

    @Test
    void derivativeSizesAreReadTogether() {
        Map<String, String> sizes = Map.of("thumb-width", "200", "thumb-height", "150", "medium-width", "0");

        assertThat(VistazoConfig.from(Settings.load(sizes, Map.of())).derivativeSizes())
                .isEqualTo(new DerivativeSizes(200, 150, 0));
    }
}
