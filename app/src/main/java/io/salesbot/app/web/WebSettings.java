package io.salesbot.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salesbot.web.*}. {@link WebServerMode} reads it before any bean exists (it decides whether
 * there is a web server at all); this record gives the setting its name, type and description in
 * the configuration metadata.
 *
 * @param enabled Run the web server (health, metrics) even with no chat platform configured
 *     (SALESBOT_WEB_ENABLED). With a Slack or Discord token it runs anyway.
 */
@ConfigurationProperties("salesbot.web")
public record WebSettings(@DefaultValue("false") boolean enabled) {}
