package io.salesbot.campaign;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds a list value (a deal type, a lead source) by its code or by the name people read for it in
 * either language, so {@code type:ลูกค้าเก่า} is {@code existing_customer} just as {@code
 * type:existing_customer} is.
 */
@Component
public class CodeNames {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("th-TH"));

    private final MessageSource messages;

    CodeNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The code of {@code codes} that {@code typed} names, or empty. */
    public Optional<String> find(String kind, String typed, List<String> codes) {
        String code = Codes.of(kind, typed);
        if (codes.contains(code)) {
            return Optional.of(code);
        }
        String name = typed.strip();
        return codes.stream()
                .filter(candidate -> LANGUAGES.stream()
                        .map(language -> messages.getMessage(kind + "." + candidate, null, null, language))
                        .anyMatch(shown -> shown != null && shown.equalsIgnoreCase(name)))
                .findFirst();
    }
}
