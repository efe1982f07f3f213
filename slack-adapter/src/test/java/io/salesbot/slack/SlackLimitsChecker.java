package io.salesbot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Block Kit JSON as Slack would receive it against Slack's limits, and lists every limit
 * broken (empty: Slack takes it). Written from Slack's Block Kit reference; a block type it does
 * not know is itself a violation, so a new kind of block cannot slip past unchecked.
 */
public final class SlackLimitsChecker {

    /** Slack's cumulative limit on a message's block texts ({@code msg_blocks_too_long}), as documented for markdown blocks. */
    public static final int MESSAGE_TEXT = 12_000;

    private final List<String> violations = new ArrayList<>();
    private int textTotal;

    private SlackLimitsChecker() {}

    /** A message payload (chat.postMessage, chat.postEphemeral, response_url or a slash command's ack). */
    public static List<String> message(String json) {
        return message(JsonParser.parseString(json).getAsJsonObject());
    }

    public static List<String> message(JsonObject payload) {
        SlackLimitsChecker checker = new SlackLimitsChecker();
        checker.max("text", string(payload, "text"), 40_000);
        JsonArray blocks = blocks(payload.get("blocks"));
        checker.count("blocks", blocks, 50);
        checker.blocks(blocks);
        if (checker.textTotal > MESSAGE_TEXT) {
            checker.violations.add("block texts add up to " + checker.textTotal + " > " + MESSAGE_TEXT);
        }
        return checker.violations;
    }

    /** A modal or App Home view. */
    public static List<String> view(JsonObject view) {
        SlackLimitsChecker checker = new SlackLimitsChecker();
        JsonArray blocks = blocks(view.get("blocks"));
        checker.count("view blocks", blocks, 100);
        for (String part : List.of("title", "submit", "close")) {
            if (view.has(part) && view.get(part).isJsonObject()) {
                checker.max("view " + part, string(view.getAsJsonObject(part), "text"), 24);
            }
        }
        checker.max("private_metadata", string(view, "private_metadata"), 3000);
        checker.max("callback_id", string(view, "callback_id"), 255);
        checker.blocks(blocks);
        return checker.violations;
    }

    private static JsonArray blocks(JsonElement blocks) {
        if (blocks == null || blocks.isJsonNull()) {
            return new JsonArray();
        }
        // Form posts to the Web API carry the blocks as a JSON string.
        return blocks.isJsonPrimitive()
                ? JsonParser.parseString(blocks.getAsString()).getAsJsonArray()
                : blocks.getAsJsonArray();
    }

    private void blocks(JsonArray blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject block = blocks.get(i).getAsJsonObject();
            String where = "block " + i + " (" + string(block, "type") + ")";
            max(where + " block_id", string(block, "block_id"), 255);
            switch (string(block, "type")) {
                case "section" -> section(block, where);
                case "context" -> context(block, where);
                case "header" -> text(where + " text", block.getAsJsonObject("text"), 150);
                case "actions" -> actions(block, where);
                case "input" -> input(block, where);
                case "divider", "image" -> {}
                default -> violations.add(where + ": unknown block type");
            }
        }
    }

    private void section(JsonObject block, String where) {
        if (block.has("text")) {
            text(where + " text", block.getAsJsonObject("text"), 3000);
        } else if (!block.has("fields")) {
            violations.add(where + ": neither text nor fields");
        }
        if (block.has("fields")) {
            JsonArray fields = block.getAsJsonArray("fields");
            count(where + " fields", fields, 10);
            fields.forEach(field -> text(where + " field", field.getAsJsonObject(), 2000));
        }
        if (block.has("accessory")) {
            element(block.getAsJsonObject("accessory"), where + " accessory");
        }
    }

    private void context(JsonObject block, String where) {
        JsonArray elements = block.getAsJsonArray("elements");
        count(where + " elements", elements, 10);
        if (elements.isEmpty()) {
            violations.add(where + ": no elements");
        }
        elements.forEach(element -> {
            JsonObject object = element.getAsJsonObject();
            if (object.has("text")) {
                text(where + " element", object, 3000);
            }
        });
    }

    private void actions(JsonObject block, String where) {
        JsonArray elements = block.getAsJsonArray("elements");
        count(where + " elements", elements, 25);
        if (elements.isEmpty()) {
            violations.add(where + ": no elements");
        }
        elements.forEach(element -> element(element.getAsJsonObject(), where));
    }

    private void input(JsonObject block, String where) {
        text(where + " label", block.getAsJsonObject("label"), 2000);
        if (block.has("hint")) {
            text(where + " hint", block.getAsJsonObject("hint"), 2000);
        }
        element(block.getAsJsonObject("element"), where);
    }

    private void element(JsonObject element, String where) {
        String type = string(element, "type");
        max(where + " action_id", string(element, "action_id"), 255);
        switch (type) {
            case "button" -> {
                text(where + " button text", element.getAsJsonObject("text"), 75);
                max(where + " button value", string(element, "value"), 2000);
                max(where + " button url", string(element, "url"), 3000);
            }
            case "static_select", "external_select" -> {
                if (element.has("options")) {
                    JsonArray options = element.getAsJsonArray("options");
                    count(where + " options", options, 100);
                    options.forEach(option -> option(option.getAsJsonObject(), where));
                }
                if (element.has("initial_option")) {
                    option(element.getAsJsonObject("initial_option"), where + " initial");
                }
                if (element.has("placeholder")) {
                    text(where + " placeholder", element.getAsJsonObject("placeholder"), 150);
                }
            }
            case "plain_text_input" -> max(where + " initial_value", string(element, "initial_value"), 3000);
            case "datepicker" -> {}
            default -> violations.add(where + ": unknown element type " + type);
        }
    }

    private void option(JsonObject option, String where) {
        text(where + " option text", option.getAsJsonObject("text"), 75);
        max(where + " option value", string(option, "value"), 150);
    }

    private void text(String where, JsonObject text, int limit) {
        if (text == null) {
            violations.add(where + ": missing");
            return;
        }
        String value = string(text, "text");
        if (value == null || value.isEmpty()) {
            violations.add(where + ": empty text");
            return;
        }
        textTotal += value.length();
        max(where, value, limit);
    }

    private void count(String where, JsonArray array, int limit) {
        if (array != null && array.size() > limit) {
            violations.add(where + ": " + array.size() + " > " + limit);
        }
    }

    private void max(String where, String value, int limit) {
        if (value != null && value.length() > limit) {
            violations.add(where + ": " + value.length() + " characters > " + limit);
        }
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
