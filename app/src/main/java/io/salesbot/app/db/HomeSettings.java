package io.salesbot.app.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.home}: where the embedded database and local files live.
 *
 * @param home Where the embedded database, charts, exports and console history live (SALESBOT_HOME,
 *     default ~/.salesbot). Not under the system temporary folder, and without spaces.
 */
@ConfigurationProperties("salesbot")
public record HomeSettings(Path home) {}
