package io.salesbot.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.salesbot.slack.ConditionalOnSlack;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slash commands, interactions and events in HTTP mode. The body is read raw from the input
 * stream and handed to Bolt unchanged: the signature covers the exact bytes, and reading
 * parameters first would consume a form body. Bolt checks the signature and the timestamp (401
 * when either is wrong) before any handler runs. A body whose text is not valid UTF-8 never
 * reaches Bolt, which would read it as U+FFFD: {@link UnreadableText} answers it instead.
 */
@RestController
@ConditionalOnSlack(ConditionalOnSlack.Mode.HTTP)
class SlackEventsController {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

    private final App app;
    private final SlackRequestParser parser;
    private final UnreadableText unreadable;

    SlackEventsController(App app, UnreadableText unreadable) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.unreadable = unreadable;
    }

    @PostMapping("/slack/events")
    void events(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        CheckedBody body = CheckedBody.of(raw);
        Response answer = body.readable()
                ? run(request, new String(raw, StandardCharsets.UTF_8))
                : unreadable.answer(
                        body,
                        raw,
                        request.getHeader("X-Slack-Request-Timestamp"),
                        request.getHeader("X-Slack-Signature"));
        write(answer, response);
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
