package io.salesbot.discord.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The messages each channel holds, created as Discord does: with {@code enforce_nonce}, a nonce seen
 * before in the channel returns the message it created, and nothing new is posted. (Discord keeps
 * nonces for a few minutes; the fake keeps them for good, and has one author, the bot.)
 */
final class ChannelMessages {

    private final Map<String, List<DataObject>> byChannel = new HashMap<>();
    private final Map<String, DataObject> byNonce = new HashMap<>();

    /** The message the post {@code sent} leads to: a new one from {@code create}, or the earlier one. */
    synchronized DataObject post(String channelId, DataObject sent, Supplier<DataObject> create) {
        String nonce = sent.isNull("nonce") ? null : String.valueOf(sent.get("nonce"));
        boolean enforced = nonce != null && sent.getBoolean("enforce_nonce", false);
        String key = channelId + "/" + nonce;
        if (enforced && byNonce.containsKey(key)) {
            return byNonce.get(key);
        }
        DataObject message = create.get().put("nonce", nonce);
        byChannel.computeIfAbsent(channelId, id -> new ArrayList<>()).add(message);
        if (enforced) {
            byNonce.put(key, message);
        }
        return message;
    }

    synchronized List<DataObject> in(String channelId) {
        return List.copyOf(byChannel.getOrDefault(channelId, List.of()));
    }
}
