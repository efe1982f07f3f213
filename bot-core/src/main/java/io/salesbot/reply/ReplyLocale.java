package io.salesbot.reply;

import java.time.ZoneId;
import java.util.Locale;

/** The reader's language and the workspace's time zone: all a renderer needs to word a reply. */
public record ReplyLocale(Locale locale, ZoneId zone) {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");

    /** {@code th} (or any Thai tag such as {@code th-TH}) reads Thai; anything else English. */
    public static ReplyLocale of(String language, ZoneId zone) {
        boolean thai = language != null && language.toLowerCase(Locale.ROOT).startsWith("th");
        return new ReplyLocale(thai ? THAI : Locale.ENGLISH, zone);
    }

    public boolean thai() {
        return "th".equals(locale.getLanguage());
    }

    public String language() {
        return thai() ? "th" : "en";
    }
}
