package io.vistazo.bench;

import io.vistazo.core.files.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Upload load from wrk: the bench's JPEGs in a folder, and a Lua script that makes every request's body unique. */
final class WrkUploads implements AutoCloseable {

    private final Path folder;
    private final Path script;
    private final int count;

    private WrkUploads(Path folder, Path script, int count) {
        this.folder = folder;
        this.script = script;
        this.count = count;
    }

    static WrkUploads prepare(List<byte[]> images) throws IOException {
        Path folder = Files.createTempDirectory("vistazo-bench-images-");
        for (int i = 0; i < images.size(); i++) {
            Files.write(folder.resolve("img-" + i + ".jpg"), images.get(i));
        }
        Path script = folder.resolve("upload.lua");
        try (InputStream lua = WrkUploads.class.getResourceAsStream("/bench/upload.lua")) {
            if (lua == null) {
                throw new IOException("bench/upload.lua is missing from the test resources");
            }
            Files.copy(lua, script);
        }
        return new WrkUploads(folder, script, images.size());
    }

    /** One phase; {@code run} keeps the bodies of different phases apart. */
    Stats run(ServerUnderTest server, int concurrency, Duration length, int run)
            throws IOException, InterruptedException {
        return Wrk.run(server.baseUrl() + "/", concurrency, length, script, Map.of(
                "VISTAZO_BENCH_IMAGES", folder.toString(),
                "VISTAZO_BENCH_COUNT", Integer.toString(count),
                "VISTAZO_BENCH_KEY", server.adminKey(),
                "VISTAZO_BENCH_RUN", Integer.toString(run)));
    }

    @Override
    public void close() {
        Folders.deleteRecursively(folder);
    }
}
