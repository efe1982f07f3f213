package io.salesbot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.app.AssembledAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The assembled app serving its operations endpoints: health with the outbox, nothing else public. */
@AssembledAppTest
class OperationsEndpointsTests {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthReportsTheDatabaseAndTheOutboxBacklog() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"outbox\"", "\"pending\"");
    }

    @Test
    void metricsAndInfoAreNotPublicByDefault() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
