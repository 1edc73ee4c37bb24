package io.vistazo.storage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server for tests: s3proxy 3.0.0 (its fat jar, copied to {@code target/s3proxy.jar} by the build) as
 * its own process on a free loopback port, keeping objects in a folder, speaking AWS signature v2 and v4 with a
 * fixed test identity.
 */
public final class S3Proxy implements AutoCloseable {

    public static final String ACCESS_KEY = "vistazo-test";
    public static final String SECRET_KEY = "vistazo-test-secret";
    public static final String REGION = "us-east-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final int port;
    private Process process;

    private S3Proxy(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Starts a server keeping its objects under {@code folder} (created when missing). */
    public static S3Proxy start(Path folder) {
        S3Proxy proxy = new S3Proxy(folder, freePort());
        proxy.restart();
        return proxy;
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Creates a bucket through the S3 API. */
    public void createBucket(String bucket) {
        try (S3Client client = client()) {
            client.createBucket(create -> create.bucket(bucket));
        }
    }

    /** A client with the test identity, for what a test must see or do behind the store's back. */
    public S3Client client() {
        return client(endpoint());
    }

    private static S3Client client(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /**
     * Every object key in the bucket, for "nothing was left behind" checks; without the folder markers
     * ({@code a/b/}) that s3proxy's file system backend lists for the folders it keeps objects in.
     */
    public List<String> objectKeys(String bucket) {
        return objectKeys(endpoint(), bucket);
    }

    /** {@link #objectKeys(String)} of the server at {@code endpoint}. */
    public static List<String> objectKeys(URI endpoint, String bucket) {
        try (S3Client client = client(endpoint)) {
            return client.listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream()
                    .map(object -> object.key()).filter(key -> !key.endsWith("/")).sorted().toList();
        }
    }

    /** Stores an object behind Vistazo's back (an orphan, for consistency checks). */
    public void putObject(String bucket, String key, byte[] bytes) {
        try (S3Client client = client()) {
            client.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
        }
    }

    public void deleteObject(String bucket, String key) {
        try (S3Client client = client()) {
            client.deleteObject(delete -> delete.bucket(bucket).key(key));
        }
    }

    /** Unfinished multipart uploads in the bucket, as their keys. */
    public List<String> multipartUploads(String bucket) {
        try (S3Client client = client()) {
            return client.listMultipartUploads(list -> list.bucket(bucket)).uploads().stream()
                    .map(upload -> upload.key()).sorted().toList();
        }
    }

    /** Kills the server (an outage); {@link #restart} brings it back on the same port and folder. */
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the server and waits until it answers HTTP. */
    public void restart() {
        stop();
        try {
            Path data = Files.createDirectories(folder.resolve("data"));
            Path properties = folder.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data), StandardCharsets.UTF_8);
            process = new ProcessBuilder(javaCommand(), "-Xmx256m", "-jar", jar().toString(),
                    "--properties", properties.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("s3proxy.log").toFile()))
                    .start();
            awaitAnswer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitAnswer() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers()) {
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("s3proxy did not answer within " + START_TIMEOUT + "; see "
                        + folder.resolve("s3proxy.log"));
            }
            try {
                // Waits on the process, so one that died is noticed at once.
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("s3proxy exited with " + process.exitValue() + "; see "
                            + folder.resolve("s3proxy.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint().toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() > 0;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("s3proxy.jar", "target/s3proxy.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no s3proxy jar at " + jar + " (the build copies it in "
                    + "process-test-resources)");
        }
        return jar;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
