package org.medvocab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests (java.net.http, no mocks). */
public final class Http {
    private Http() {}

    public static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public String contentType() { return headers.firstValue("Content-Type").orElse(""); }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Response get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    public static Response post(String url, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    public static Response put(String url, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    public static Response send(String method, String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()), headers);
    }

    /** A multipart/form-data upload of one file (what a browser form or {@code curl -F file=@x.ttl} sends). */
    public static Response upload(String url, String fileName, String contentType, String content, String... headers) {
        String boundary = "medvocab-test-boundary";
        String body = "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
            + "Content-Type: " + contentType + "\r\n\r\n"
            + content + "\r\n--" + boundary + "--\r\n";
        return post(url, "multipart/form-data; boundary=" + boundary, body, headers);
    }

    private static Response send(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        b.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
