package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.core.files.Folders;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.provider.EnumSource;

/** A decoder that hangs (a script standing in for a stuck heif-dec) is killed at heif-timeout. */
@EnumSource(names = "JETTY")
class HeifStuckDecoderTest extends EngineSuite {

    private Path tools;

    @Override
    String[] settings() {
        try {
            tools = Files.createTempDirectory("stuck-heif");
            Path script = tools.resolve("heif-dec");
            Files.writeString(script, "#!/bin/sh\n[ \"$1\" = --help ] && exit 0\nexec sleep 30\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
            return new String[] {"heif", script.toString(), "heif-timeout", "500ms"};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void removeTools() {
        Folders.deleteRecursively(tools);
    }

    @Test
    void theUploadIsRefusedWithAClearErrorAndNothingIsStored() {
        JsonNode answer = server.upload("IMG_0002.HEIC", Fixtures.bytes("heif/iphone.heic"));

        assertThat(answer.path("status_code").asInt()).isEqualTo(400);
        assertThat(answer.path("error").path("code").asInt()).isEqualTo(610);
        assertThat(answer.path("error").path("message").asText()).contains("decoding took longer than");
        assertThat(server.storedFiles()).isEmpty();
        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media")).isZero();
    }
}
