package io.salesbot.app.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.db.*}: an external MariaDB ({@code SALESBOT_DB_URL}, {@code SALESBOT_DB_USER},
 * {@code SALESBOT_DB_PASSWORD}). With no URL the app runs its own embedded MariaDB.
 */
@ConfigurationProperties("salesbot.db")
public record DatabaseSettings(String url, String user, String password) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
