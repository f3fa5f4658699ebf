package org.medvocab.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The official Fuseki server jar ({@code org.apache.jena:jena-fuseki-server}, copied to {@code target/fuseki} by the
 * build) run as a separate JVM on a free port, stopped on close.
 */
final class StockFuseki implements AutoCloseable {
    static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final StringBuffer log = new StringBuffer();
    final int port;

    private StockFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread t = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buf = new byte[4096];
                for (int n; (n = in.read(buf)) > 0; ) log.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts the server in {@code dir} with the given arguments (plus {@code --port}) and waits until {@code probe}
     * (a path such as {@code /vocab/sparql}) answers an ASK query.
     */
    static StockFuseki start(Path dir, String probe, String... args) throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " missing: run the build (mvn process-test-classes copies it)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "--port=" + port));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        StockFuseki f = new StockFuseki(p, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("Fuseki exited " + p.exitValue() + ":\n" + f.log);
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(f.url(probe) + "?query=ASK%7B%7D")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || r.statusCode() == 401) return f;   // 401: up, but asks for credentials
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        f.close();
        throw new IllegalStateException("Fuseki did not start in 300 s:\n" + f.log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String log() {
        return log.toString();
    }

    @Override public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
