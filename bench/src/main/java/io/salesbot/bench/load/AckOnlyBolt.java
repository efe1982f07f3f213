package io.salesbot.bench.load;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;

/**
 * The first reference: Bolt with the same settings as the app (bot token, signing secret, Web API
 * at the fake Slack) behind the same embedded Tomcat and the same entry steps as the app's
 * controller (raw body, Bolt's request parser, {@code app.run}, write the response), whose slash
 * command handler only acks. What it costs is HTTP, signature check and Bolt dispatch: the floor
 * under the app's figures. Runs as its own process: {@code AckOnlyBolt <port> <api-url> <secret>}.
 */
public final class AckOnlyBolt {

    private AckOnlyBolt() {}

    public static void main(String[] args) throws LifecycleException, IOException {
        Tomcat tomcat = start(Integer.parseInt(args[0]), args[1], args[2]);
        System.out.println("ack-only Bolt listening on " + args[0]);
        tomcat.getServer().await();
    }

    /** Starts the endpoint at {@code POST http://127.0.0.1:<port>/slack/events}; stop the Tomcat to end it. */
    static Tomcat start(int port, String apiUrl, String signingSecret) throws LifecycleException, IOException {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl.replaceAll("/+$", "") + "/api/");
        App app = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-load-ack-only")
                .signingSecret(signingSecret)
                .requestVerificationEnabled(true)
                .slack(Slack.getInstance(slackConfig))
                .build());
        app.command("/opp", (request, context) -> context.ack());
        // Bolt's first request asks auth.test; asking here starts the HTTP client's threads outside
        // Tomcat's class loader (else Tomcat warns of them at stop), and shows the API is reachable.
        try {
            app.client().authTest(r -> r.token("xoxb-load-ack-only"));
        } catch (com.slack.api.methods.SlackApiException e) {
            throw new IOException(e);
        }

        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("ack-only-bolt").toString());
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        if (context instanceof StandardContext standard) {
            // Leak checks of a web app being undeployed: there is none, only this one servlet.
            standard.setClearReferencesThreadLocals(false);
            standard.setClearReferencesRmiTargets(false);
        }
        Tomcat.addServlet(context, "slack", new Endpoint(app));
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.start();
        return tomcat;
    }

    /** The app's controller steps, without Spring MVC in front. */
    private static final class Endpoint extends HttpServlet {

        private final transient App app;
        private final transient SlackRequestParser parser;

        Endpoint(App app) {
            this.app = app;
            this.parser = new SlackRequestParser(app.config());
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getRequestURI())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody(body)
                    .remoteAddress(request.getRemoteAddr())
                    .build());
            Response answer;
            try {
                answer = app.run(slackRequest);
            } catch (Exception e) {
                answer = Response.error(500);
            }
            response.setStatus(answer.getStatusCode());
            if (answer.getContentType() != null) {
                response.setContentType(answer.getContentType());
            }
            if (answer.getBody() != null) {
                byte[] bytes = answer.getBody().getBytes(StandardCharsets.UTF_8);
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        }

        private static Map<String, List<String>> headers(HttpServletRequest request) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                headers.put(name, Collections.list(request.getHeaders(name)));
            }
            return headers;
        }
    }
}
