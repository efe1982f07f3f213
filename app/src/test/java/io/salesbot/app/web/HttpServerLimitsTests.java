package io.salesbot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.app.AssembledAppTest;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The assembled app's Tomcat: a body nobody reads is drained at most 1 MB before the connection
 * is closed (Tomcat alone would drain 2 MB), Tomcat parses no form larger than Slack's cap, and
 * the Slack endpoint's own cap is 1 MB.
 */
@AssembledAppTest
class HttpServerLimitsTests {

    static final int ONE_MB = 1024 * 1024;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void tomcatDrainsAndParsesNoMoreThanTheSlackCap() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("maxSwallowSize")).isEqualTo(ONE_MB);
        assertThat(connector.getMaxPostSize()).isEqualTo(ONE_MB);
        assertThat(environment.getProperty("salesbot.slack.http.max-body")).isEqualTo("1MB");
    }
}
