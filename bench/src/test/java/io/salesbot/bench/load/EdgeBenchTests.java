package io.salesbot.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/**
 * The quick mode CI runs: the edge benchmark's requests are refused and measured. Against the
 * ack-only Bolt endpoint, the only server the bench module holds; the app itself runs in the
 * full benchmark.
 */
class EdgeBenchTests {

    @Test
    void measuresRefusalsOfEveryShapeAndFloodsWithUnsignedRequests() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            Tomcat endpoint = AckOnlyBolt.start(0, slack.url(), "the-secret");
            try {
                URI uri =
                        URI.create("http://127.0.0.1:" + endpoint.getConnector().getLocalPort() + "/slack/events");
                Map<String, byte[]> shapes = EdgeBench.shapes(16 * 1024);

                List<EdgeBench.Refusals> refusals = EdgeBench.refusals(uri, shapes, 1, 3);
                EdgeBench.Flood flood = new EdgeBench.Flood(uri, new ArrayList<>(shapes.values()), 2);
                Thread.sleep(500);
                flood.close();

                assertThat(refusals).hasSize(2 * shapes.size()).allSatisfy(r -> {
                    // Bolt alone answers 400 to a body it cannot route (after logging it), 401 to the rest.
                    assertThat(r.outcomes().keySet()).allMatch(status -> status.equals("400") || status.equals("401"));
                    assertThat(r.p50()).isPositive();
                });
                assertThat(EdgeBench.table(refusals)).contains("| all '&' | none |", "| nested JSON | wrong |");
                assertThat(flood.sent.sum()).isPositive();
                assertThat(flood.outcomes().keySet()).allMatch(outcome -> outcome.matches("40[01]"));

                // Paced, the flood keeps to its rate however fast the answers come.
                EdgeBench.Flood paced = new EdgeBench.Flood(uri, new ArrayList<>(shapes.values()), 2, 20);
                Thread.sleep(1_000);
                paced.close();
                assertThat(paced.sent.sum()).isBetween(10L, 25L);
            } finally {
                endpoint.stop();
                endpoint.destroy();
            }
        }
    }
}
