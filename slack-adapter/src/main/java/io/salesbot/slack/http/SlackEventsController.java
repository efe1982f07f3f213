package io.salesbot.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slash commands, interactions and events in HTTP mode. Nothing reads, parses or logs a request
 * before the {@link RequestGate} has bounded its size (413) and checked its signature over the raw
 * bytes (401, empty): a stranger's bytes cost at most one bounded read and one HMAC, and bodies
 * larger than Slack's own share a small budget ({@link LargeBodies}; 503 when it is spent), so a
 * flood of them cannot crowd out Slack's small requests. A signed body
 * is then checked as UTF-8 ({@link CheckedBody}); one that is not valid text never reaches Bolt,
 * which would read it as U+FFFD: {@link UnreadableText} answers it instead. The rest goes to Bolt
 * unchanged, as the string of exactly the bytes that were signed.
 */
@RestController
@ConditionalOnSlack(ConditionalOnSlack.Mode.HTTP)
@EnableConfigurationProperties(SlackHttpSettings.class)
class SlackEventsController {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

    private final App app;
    private final SlackRequestParser parser;
    private final UnreadableText unreadable;
    private final RequestGate gate;
    private final Function<byte[], CheckedBody> checker;
    private final Counter tooLarge;
    private final Counter unsigned;
    private final Counter busy;

    @Autowired
    SlackEventsController(
            App app,
            UnreadableText unreadable,
            SlackSettings slack,
            SlackHttpSettings http,
            ObjectProvider<MeterRegistry> registries) {
        // Slack stamps requests with the wall clock, and Bolt checks them against it: so do we.
        this(
                app,
                unreadable,
                new RequestGate(
                        http.maxBody().toBytes(),
                        http.largeBody().toBytes(),
                        new LargeBodies(
                                http.largeBodyReads(),
                                http.largeBodyRate().toBytes(),
                                http.maxBody().toBytes() + 1,
                                System::nanoTime),
                        new RawSignature(slack.signingSecret()),
                        Clock.systemUTC()),
                CheckedBody::of,
                registries.getIfAvailable(SimpleMeterRegistry::new));
    }

    SlackEventsController(
            App app,
            UnreadableText unreadable,
            RequestGate gate,
            Function<byte[], CheckedBody> checker,
            MeterRegistry registry) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.unreadable = unreadable;
        this.gate = gate;
        this.checker = checker;
        // Refusals are counted, never logged: their content is a stranger's, and a flood of them
        // would be a flood of log lines.
        this.tooLarge = refused(registry, "too_large");
        this.unsigned = refused(registry, "unsigned");
        this.busy = refused(registry, "busy");
    }

    @PostMapping("/slack/events")
    void events(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestGate.Admission admission = gate.admit(request);
        if (admission instanceof RequestGate.Admission.Signed signed) {
            answer(signed.body(), request, response);
        } else if (admission instanceof RequestGate.Admission.TooLarge) {
            tooLarge.increment();
            refuse(413, response);
        } else if (admission instanceof RequestGate.Admission.Busy) {
            busy.increment();
            // Slack's own bodies are never this large; whoever it is may try again in a second.
            response.setHeader("Retry-After", "1");
            refuse(503, response);
        } else {
            unsigned.increment();
            refuse(401, response);
        }
    }

    private void answer(byte[] raw, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CheckedBody body = checker.apply(raw);
        Response answer =
                body.readable() ? run(request, new String(raw, StandardCharsets.UTF_8)) : unreadable.answer(body);
        write(answer, response);
    }

    /**
     * An empty answer that also closes the connection: whatever the client still sends is not
     * drained into the void (Tomcat would otherwise read on, up to its swallow limit, to keep the
     * connection), and nothing of the request is echoed.
     */
    private static void refuse(int status, HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentLength(0);
        response.flushBuffer();
    }

    private Response run(HttpServletRequest request, String body) {
        Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getRequestURI())
                .queryString(Map.of())
                .headers(new RequestHeaders(headers(request)))
                .requestBody(body)
                .remoteAddress(request.getRemoteAddr())
                .build());
        try {
            return app.run(slackRequest);
        } catch (Exception e) {
            log.error("Slack request failed", e);
            return Response.error(500);
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static Counter refused(MeterRegistry registry, String reason) {
        return Counter.builder("salesbot.slack.refused")
                .description("Requests to /slack/events refused before being read or parsed")
                .tag("reason", reason)
                .register(registry);
    }

    private static void write(Response answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatusCode());
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        if (answer.getContentType() != null) {
            response.setContentType(answer.getContentType());
        }
        if (answer.getBody() != null) {
            byte[] bytes = answer.getBody().getBytes(StandardCharsets.UTF_8);
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
