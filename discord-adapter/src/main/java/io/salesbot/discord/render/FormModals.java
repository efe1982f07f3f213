package io.salesbot.discord.render;

import io.salesbot.command.Suggestion;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Turns a core form into a Discord modal. Discord shows at most 5 components, so the first 5 fields
 * are asked (the core orders them by importance); the rest stay command options. The command and
 * its fixed options are kept here under the modal's short custom id until it is submitted.
 */
@Component
@Conditional(DiscordEnabled.class)
public class FormModals {

    public static final String PREFIX = "form:";
    public static final String RETRY = "retry:";
    private static final int MAX_FIELDS = 5;
    private static final int MAX_TITLE = 45;
    private static final int MAX_LABEL = 45;
    private static final int MAX_VALUE = 4000;
    private static final int REMEMBERED = 10_000;

    /** What a submitted modal runs. */
    public record Pending(String command, Map<String, String> fixed, BotReply.Form form) {}

    private final Localizer localizer;
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Pending> pending = bounded();
    private final Map<String, Retry> retries = bounded();

    private record Retry(BotReply.Form form, Map<String, String> typed) {}

    public FormModals(Localizer localizer) {
        this.localizer = localizer;
    }

    /** The modal for a form; {@code typed} values (from a failed submit) win over initial ones. */
    public Modal modal(BotReply.Form form, ReplyLocale reader, Map<String, String> typed) {
        String key = Long.toString(next.incrementAndGet(), 36);
        pending.put(key, new Pending(form.command(), form.fixed(), form));
        Modal.Builder modal =
                Modal.create(PREFIX + key, MessageLimits.cut(localizer.text(form.title(), reader), MAX_TITLE));
        for (FormField field :
                form.fields().subList(0, Math.min(MAX_FIELDS, form.fields().size()))) {
            TextInput.Builder input = TextInput.create(
                            field.option(),
                            field.type() == FormField.Type.LONG_TEXT ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                    .setRequired(field.required());
            String value = typed.getOrDefault(field.option(), field.initial());
            if (value != null && !value.isBlank()) {
                input.setValue(MessageLimits.cut(value, MAX_VALUE));
            }
            if (!field.choices().isEmpty()) {
                input.setPlaceholder(MessageLimits.cut(choices(field), 100));
            }
            String label = MessageLimits.cut(localizer.text(field.label(), reader), MAX_LABEL);
            modal.addComponents(Label.of(label, input.build()));
        }
        return modal.build();
    }

    /**
     * "Log to deal": a modal to pick the deal from {@code deals} (a string select, since a modal
     * cannot search as people type: the closest matches are offered instead) and to keep or shorten
     * the message's {@code text}. Submitting it runs {@code /opp note} with {@code fixed} (the
     * message's author and link) and the picked deal.
     */
    public Modal logToDeal(List<Suggestion> deals, String text, Map<String, String> fixed, ReplyLocale reader) {
        String key = Long.toString(next.incrementAndGet(), 36);
        pending.put(key, new Pending("/opp note", Map.copyOf(fixed), null));
        StringSelectMenu.Builder picker = StringSelectMenu.create("deal")
                .setPlaceholder(MessageLimits.cut(word("discord.log.pick", reader), 100))
                .setRequired(true);
        deals.stream()
                .limit(StringSelectMenu.OPTIONS_MAX_AMOUNT)
                .forEach(deal -> picker.addOption(MessageLimits.cut(deal.label(), 100), deal.value()));
        TextInput.Builder kept =
                TextInput.create("text", TextInputStyle.PARAGRAPH).setRequired(true);
        if (text != null && !text.isBlank()) {
            kept.setValue(MessageLimits.cut(text, MAX_VALUE));
        }
        return Modal.create(PREFIX + key, MessageLimits.cut(word("discord.log.title", reader), MAX_TITLE))
                .addComponents(
                        Label.of(MessageLimits.cut(word("discord.log.deal", reader), MAX_LABEL), picker.build()),
                        Label.of(MessageLimits.cut(word("discord.log.text", reader), MAX_LABEL), kept.build()))
                .build();
    }

    private String word(String key, ReplyLocale reader) {
        return localizer.text(io.salesbot.reply.Message.of(key), reader);
    }

    /**
     * Keeps what was typed into a form the core refused, and returns the custom id of a button
     * that opens the form again with those values, so nobody types them twice.
     */
    public String retryButton(Pending refused, Map<String, String> typed) {
        String key = Long.toString(next.incrementAndGet(), 36);
        retries.put(key, new Retry(refused.form(), Map.copyOf(typed)));
        return RETRY + key;
    }

    /** The form of a retry button filled in with what was typed, empty when forgotten. */
    public Optional<Modal> reopen(String customId, ReplyLocale reader) {
        Retry retry = customId.startsWith(RETRY) ? retries.get(customId.substring(RETRY.length())) : null;
        return Optional.ofNullable(retry).map(r -> modal(r.form(), reader, r.typed()));
    }

    /** The pending submission of a modal, empty when it is unknown (say, after a restart). */
    public Optional<Pending> pending(String customId) {
        return customId.startsWith(PREFIX)
                ? Optional.ofNullable(pending.get(customId.substring(PREFIX.length())))
                : Optional.empty();
    }

    /** Forms left open are forgotten oldest first, so memory stays bounded. */
    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        });
    }

    private static String choices(FormField field) {
        return field.choices().stream().map(FormField.Choice::value).collect(Collectors.joining(", "));
    }
}
