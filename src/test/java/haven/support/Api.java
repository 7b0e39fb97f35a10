package haven.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client for the JSON API, signed in as a demo user or with a system token. */
public final class Api {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api asUser(int port, String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + IntegrationTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + basic);
    }

    public static Api withToken(int port, String token) {
        return new Api("http://localhost:" + port, "Bearer " + token);
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public HttpResponse<String> postBody(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
