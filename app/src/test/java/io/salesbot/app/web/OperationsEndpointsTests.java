package io.salesbot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.app.AssembledAppTest;
import io.salesbot.app.PlatformOutage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The assembled app serving its operations endpoints: health with everything, the probes with only
 * what they are for, nothing else public.
 */
@AssembledAppTest
class OperationsEndpointsTests {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void platformsBack() {
        PlatformOutage.end();
    }

    @Test
    void healthReportsTheDatabaseAndTheOutboxBacklog() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"outbox\"", "\"pending\"");
    }

    @Test
    void livenessIsTheProcessAloneAndReadinessAddsTheDatabase() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(components(liveness)).containsExactly("livenessState");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(components(readiness)).containsExactlyInAnyOrder("readinessState", "db");
    }

    @Test
    void aChatPlatformOutageShowsInHealthButNeitherRestartsNorUnreadiesTheBot() throws Exception {
        PlatformOutage.begin();

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json.readTree(health.body()).at("/components/slack/status").asString())
                .isEqualTo("DOWN");
        assertThat(json.readTree(health.body()).at("/components/discord/status").asString())
                .isEqualTo("DOWN");

        // Kubernetes restarts on liveness and stops routing on readiness: neither would bring Slack back.
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAndInfoAreNotPublicByDefault() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    }

    private java.util.List<String> components(HttpResponse<String> response) {
        JsonNode body = json.readTree(response.body());
        return body.path("components").propertyNames().stream().toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
