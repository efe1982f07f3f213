package io.salesbot.workspace;

import io.salesbot.common.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/** A tenant: one Slack team, one Discord guild, or the local console. Nothing is shared between them. */
@Entity
public class Workspace {

    public static final Set<String> LANGUAGES = Set.of("en", "th");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Platform platform;

    @Column(name = "external_id")
    private String externalId;

    private String name;
    private String language;

    @Column(name = "language_forced")
    private boolean languageForced;

    private String currency;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Workspace() {}

    Workspace(Platform platform, String externalId, String name, Instant createdAt) {
        this.platform = platform;
        this.externalId = externalId;
        this.name = name;
        this.language = "en";
        this.currency = "THB";
        this.timeZone = "Asia/Bangkok";
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    /** Whether everyone gets the workspace's language, whatever their own platform says. */
    public boolean isLanguageForced() {
        return languageForced;
    }

    public String getCurrency() {
        return currency;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    void changeLanguage(String newLanguage, boolean forced) {
        changeLanguage(newLanguage);
        this.languageForced = forced;
    }

    private void changeLanguage(String newLanguage) {
        String code = newLanguage == null ? "" : newLanguage.strip().toLowerCase();
        if (!LANGUAGES.contains(code)) {
            throw new InvalidInputException("language", "error.language.unknown", newLanguage, "en, th");
        }
        this.language = code;
    }

    void changeCurrency(String newCurrency) {
        String code = newCurrency == null ? "" : newCurrency.strip().toUpperCase();
        try {
            this.currency = Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "error.currency.unknown", newCurrency);
        }
    }

    void changeTimeZone(String newZone) {
        try {
            this.timeZone = ZoneId.of(newZone.strip()).getId();
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException("timeZone", "error.timeZone.unknown", newZone);
        }
    }
}
