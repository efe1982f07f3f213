package io.salesbot.discord.render;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The one place a Discord reply is held to a message's limits: content of 2000 characters, 10
 * embeds whose texts add up to 6000, 25 fields an embed, 5 rows of components. What does not fit
 * is left out from the end (fields first, then the description's end, then whole embeds) and the
 * content says so in the reader's words; nothing is refused.
 */
final class MessageBudget {

    private MessageBudget() {}

    static Rendered fit(Rendered rendered, String notice) {
        boolean cut = false;
        List<MessageEmbed> embeds = new ArrayList<>();
        int room = MessageLimits.MAX_EMBED_TOTAL;
        for (MessageEmbed embed : rendered.embeds()) {
            MessageEmbed fitted = embeds.size() < MessageLimits.MAX_EMBEDS ? fit(embed, room) : null;
            if (fitted == null) {
                cut = true;
                break;
            }
            cut |= fitted != embed;
            embeds.add(fitted);
            room -= fitted.getLength();
        }
        List<ActionRow> rows = rendered.rows();
        if (rows.size() > MessageLimits.MAX_ROWS) {
            rows = rows.subList(0, MessageLimits.MAX_ROWS);
            cut = true;
        }
        cut |= rendered.content() != null && rendered.content().length() > MessageLimits.MAX_CONTENT;
        String content = content(rendered.content(), cut ? notice : null);
        return new Rendered(
                content, embeds, rows, rendered.pngs(), rendered.ephemeral(), rendered.attachments(), rendered.pings());
    }

    /** The embed, or one with its last fields or the end of its description left out; null if none fits. */
    static MessageEmbed fit(MessageEmbed embed, int room) {
        if (embed.getLength() <= room && embed.getFields().size() <= MessageLimits.MAX_FIELDS) {
            return embed;
        }
        EmbedBuilder smaller = new EmbedBuilder(embed);
        List<MessageEmbed.Field> fields = new ArrayList<>(embed.getFields());
        while (!fields.isEmpty() && (fields.size() > MessageLimits.MAX_FIELDS || length(smaller, fields) > room)) {
            fields.remove(fields.size() - 1);
        }
        smaller.clearFields();
        fields.forEach(smaller::addField);
        String description = embed.getDescription();
        if (smaller.length() > room && description != null) {
            int keep = description.length() - (smaller.length() - room);
            smaller.setDescription(keep > 20 ? MessageLimits.cut(description, keep) : null);
        }
        if (smaller.length() > room || smaller.isEmpty()) {
            return null;
        }
        return smaller.build();
    }

    /** The builder's length were its fields these. */
    private static int length(EmbedBuilder builder, List<MessageEmbed.Field> fields) {
        int withoutFields = builder.length()
                - builder.getFields().stream().mapToInt(MessageBudget::length).sum();
        return withoutFields + fields.stream().mapToInt(MessageBudget::length).sum();
    }

    private static int length(MessageEmbed.Field field) {
        return (field.getName() == null ? 0 : field.getName().length())
                + (field.getValue() == null ? 0 : field.getValue().length());
    }

    /** Content within 2000 characters, cut between lines if need be, ending with the notice when given. */
    static String content(String content, String notice) {
        String text = content == null ? "" : content;
        if (notice == null && text.length() <= MessageLimits.MAX_CONTENT) {
            return content;
        }
        String end = notice == null ? "" : notice;
        if (text.length() + end.length() + 1 > MessageLimits.MAX_CONTENT) {
            int room = MessageLimits.MAX_CONTENT - end.length() - 2;
            int newline = text.lastIndexOf('\n', room);
            text = newline > room / 2 ? text.substring(0, newline) + "\n…" : MessageLimits.cut(text, room);
            if (end.isEmpty()) {
                return text;
            }
        }
        return text.isEmpty() ? end : text + "\n" + end;
    }
}
