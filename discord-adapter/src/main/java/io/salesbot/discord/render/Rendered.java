package io.salesbot.discord.render;

import io.salesbot.reply.FileNames;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A reply as Discord shows it: text, embeds, rows of buttons and menus, files, and whether only the
 * asking person sees it (ephemeral). {@code pings} are the user ids the message may notify (a won
 * deal's owner); nobody else, whatever the text says.
 */
public record Rendered(
        String content,
        List<MessageEmbed> embeds,
        List<ActionRow> rows,
        List<byte[]> pngs,
        boolean ephemeral,
        List<NamedFile> attachments,
        List<String> pings) {

    public Rendered {
        pings = pings == null ? List.of() : List.copyOf(pings);
    }

    public Rendered(
            String content,
            List<MessageEmbed> embeds,
            List<ActionRow> rows,
            List<byte[]> pngs,
            boolean ephemeral,
            List<NamedFile> attachments) {
        this(content, embeds, rows, pngs, ephemeral, attachments, List.of());
    }

    /** A file sent as it is, such as a CSV export. */
    public record NamedFile(String name, byte[] content) {}

    public Rendered(
            String content, List<MessageEmbed> embeds, List<ActionRow> rows, List<byte[]> pngs, boolean ephemeral) {
        this(content, embeds, rows, pngs, ephemeral, List.of());
    }

    /** Several replies shown as one message; {@link MessageBudget} then holds it to Discord's limits. */
    static Rendered merge(List<Rendered> parts, boolean ephemeral) {
        StringBuilder content = new StringBuilder();
        List<MessageEmbed> embeds = new ArrayList<>();
        List<ActionRow> rows = new ArrayList<>();
        List<byte[]> pngs = new ArrayList<>();
        List<NamedFile> attachments = new ArrayList<>();
        List<String> pings = new ArrayList<>();
        java.util.Set<String> customIds = new java.util.HashSet<>();
        for (Rendered part : parts) {
            pings.addAll(part.pings());
            attachments.addAll(part.attachments());
            if (part.content() != null && !part.content().isBlank()) {
                content.append(content.length() > 0 ? "\n" : "").append(part.content());
            }
            embeds.addAll(part.embeds());
            rows.addAll(withoutRepeatedIds(part.rows(), customIds));
            pngs.addAll(part.pngs());
        }
        return new Rendered(
                content.isEmpty() ? null : content.toString(), embeds, rows, pngs, ephemeral, attachments, pings);
    }

    /**
     * The rows without a button or menu whose custom id an earlier part already used: Discord
     * refuses a whole message with two components of one id (two parts offering the same command).
     */
    private static List<ActionRow> withoutRepeatedIds(List<ActionRow> rows, java.util.Set<String> seen) {
        List<ActionRow> kept = new ArrayList<>();
        for (ActionRow row : rows) {
            List<net.dv8tion.jda.api.components.actionrow.ActionRowChildComponentUnion> fresh =
                    row.getComponents().stream()
                            .filter(component ->
                                    !(component instanceof net.dv8tion.jda.api.components.ActionComponent action)
                                            || action.getCustomId() == null
                                            || seen.add(action.getCustomId()))
                            .toList();
            if (!fresh.isEmpty()) {
                kept.add(fresh.size() == row.getComponents().size() ? row : ActionRow.of(fresh));
            }
        }
        return kept;
    }

    public MessageCreateData toCreate() {
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setContent(content == null ? "" : content)
                .setEmbeds(embeds)
                .setComponents(rows)
                // Deal names and notes are people's text: "@everyone" in one must never ping anyone.
                // Only the users we chose to mention (a won deal's owner) may be notified.
                .setAllowedMentions(List.of())
                .mentionUsers(pings)
                .mentionRepliedUser(false);
        message.setFiles(files());
        return message.build();
    }

    public MessageEditData toEdit() {
        return new MessageEditBuilder()
                .setContent(content == null ? "" : content)
                .setEmbeds(embeds)
                .setComponents(rows)
                .setAllowedMentions(List.of())
                .mentionUsers(pings)
                .mentionRepliedUser(false)
                .setFiles(files())
                .build();
    }

    private List<FileUpload> files() {
        List<FileUpload> files = new ArrayList<>();
        for (int i = 0; i < pngs.size(); i++) {
            files.add(FileUpload.fromData(pngs.get(i), MessageLimits.chartName(i)));
        }
        // The core names files; a name may still carry people's text, so it is made safe here.
        attachments.forEach(file -> files.add(FileUpload.fromData(file.content(), FileNames.safe(file.name()))));
        return files;
    }
}
