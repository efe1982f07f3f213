package io.salesbot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.app.AssembledAppTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The assembled app's Tomcat: a body nobody reads is drained at most 64 KB before the connection
 * is closed (Tomcat alone would drain 2 MB), Tomcat parses no form larger than Slack's cap, and
 * the Slack endpoint's own cap is 1 MB.
 */
@AssembledAppTest
class HttpServerLimitsTests {

    static final int ONE_MB = 1024 * 1024;
    static final int SWALLOWED = 64 * 1024;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Test
    void tomcatDrainsLittleAndParsesNoMoreThanTheSlackCap() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("maxSwallowSize")).isEqualTo(SWALLOWED);
        assertThat(connector.getMaxPostSize()).isEqualTo(ONE_MB);
        assertThat(environment.getProperty("salesbot.slack.http.max-body")).isEqualTo("1MB");
    }

    @Test
    void aRefusedLargeBodyClosesTheConnectionInsteadOfBeingDrained() throws IOException {
        // Declares 1 MB, sends 200 KB and waits. Nothing reads the body of a refused request: if
        // Tomcat drained it (to keep the connection), it would wait here for the other 800 KB.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /actuator/health HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + ONE_MB + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[200 * 1024]);
            out.flush();

            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            boolean closed;
            try {
                in.transferTo(answer);
                closed = true; // end of stream: closed after the answer
            } catch (SocketException reset) {
                closed = true; // reset: closed with the rest of the body unread
            } catch (SocketTimeoutException waiting) {
                closed = false;
            }

            assertThat(closed)
                    .as("connection closed, not held open to drain the body")
                    .isTrue();
            assertThat(answer.toString(StandardCharsets.US_ASCII))
                    .satisfiesAnyOf(
                            text -> assertThat(text).startsWith("HTTP/1.1 4"),
                            // A reset may overtake the answer: what counts is that the body was not drained.
                            text -> assertThat(text).isEmpty());
        }
    }
}
