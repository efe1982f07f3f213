package io.salesbot.app.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code salesbot.home} ({@code SALESBOT_HOME}): where the embedded database and local files live. */
@ConfigurationProperties("salesbot")
public record HomeSettings(Path home) {}
