package io.salesbot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Checks a Discord message, modal or autocomplete answer as JSON against Discord's limits, and lists
 * every limit broken (empty: Discord takes it). Lengths are UTF-16 units, which is never fewer than
 * the characters Discord counts.
 */
public final class DiscordLimitsChecker {

    private final List<String> violations = new ArrayList<>();

    private DiscordLimitsChecker() {}

    /** A message: an interaction reply's {@code data}, a follow-up, an edit or a channel post. */
    public static List<String> message(DataObject message) {
        DiscordLimitsChecker checker = new DiscordLimitsChecker();
        checker.max("content", message.getString("content", null), 2000);
        DataArray embeds = message.optArray("embeds").orElse(DataArray.empty());
        checker.count("embeds", embeds.length(), 10);
        int total = 0;
        for (int i = 0; i < embeds.length(); i++) {
            total += checker.embed(embeds.getObject(i), "embed " + i);
        }
        if (total > 6000) {
            checker.violations.add("embeds add up to " + total + " characters > 6000");
        }
        if (message.getString("content", "").isEmpty()
                && embeds.isEmpty()
                && message.optArray("attachments").map(DataArray::isEmpty).orElse(true)) {
            checker.violations.add("empty message");
        }
        checker.rows(message.optArray("components").orElse(DataArray.empty()), "message");
        return checker.violations;
    }

    /** An autocomplete answer's {@code data}. */
    public static List<String> choices(DataObject data) {
        DiscordLimitsChecker checker = new DiscordLimitsChecker();
        DataArray choices = data.getArray("choices");
        checker.count("choices", choices.length(), 25);
        for (int i = 0; i < choices.length(); i++) {
            DataObject choice = choices.getObject(i);
            checker.between("choice " + i + " name", choice.getString("name"), 1, 100);
            checker.between("choice " + i + " value", String.valueOf(choice.get("value")), 1, 100);
        }
        return checker.violations;
    }

    private int embed(DataObject embed, String where) {
        int total = 0;
        total += max(where + " title", embed.getString("title", null), 256);
        total += max(where + " description", embed.getString("description", null), 4096);
        DataArray fields = embed.optArray("fields").orElse(DataArray.empty());
        count(where + " fields", fields.length(), 25);
        for (int i = 0; i < fields.length(); i++) {
            DataObject field = fields.getObject(i);
            total += between(where + " field " + i + " name", field.getString("name", null), 1, 256);
            total += between(where + " field " + i + " value", field.getString("value", null), 1, 1024);
        }
        total += max(
                where + " footer",
                embed.optObject("footer").map(f -> f.getString("text", null)).orElse(null),
                2048);
        total += max(
                where + " author",
                embed.optObject("author").map(a -> a.getString("name", null)).orElse(null),
                256);
        return total;
    }

    private void rows(DataArray rows, String where) {
        count(where + " rows", rows.length(), 5);
        for (int r = 0; r < rows.length(); r++) {
            DataArray children = rows.getObject(r).optArray("components").orElse(DataArray.empty());
            String row = where + " row " + r;
            int selects = 0;
            for (int c = 0; c < children.length(); c++) {
                DataObject component = children.getObject(c);
                String at = row + " component " + c;
                max(at + " custom_id", component.getString("custom_id", null), 100);
                switch (component.getInt("type")) {
                    case 2 -> max(at + " label", component.getString("label", null), 80);
                    case 3 -> {
                        selects++;
                        max(at + " placeholder", component.getString("placeholder", null), 150);
                        DataArray options = component.getArray("options");
                        count(at + " options", options.length(), 25);
                        for (int o = 0; o < options.length(); o++) {
                            between(at + " option label", options.getObject(o).getString("label"), 1, 100);
                            between(at + " option value", options.getObject(o).getString("value"), 1, 100);
                        }
                    }
                    default -> violations.add(at + ": unknown component type " + component.getInt("type"));
                }
            }
            count(row + " components", children.length(), selects > 0 ? 1 : 5);
        }
    }

    private void count(String where, int count, int limit) {
        if (count > limit) {
            violations.add(where + ": " + count + " > " + limit);
        }
    }

    private int max(String where, String value, int limit) {
        if (value == null) {
            return 0;
        }
        if (value.length() > limit) {
            violations.add(where + ": " + value.length() + " characters > " + limit);
        }
        return value.length();
    }

    private int between(String where, String value, int min, int limit) {
        if (value == null || value.length() < min) {
            violations.add(where + ": empty");
            return 0;
        }
        return max(where, value, limit);
    }
}
