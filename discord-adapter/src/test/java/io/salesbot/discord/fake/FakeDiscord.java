package io.salesbot.discord.fake;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A local Discord for the real JDA: REST on a JDK HttpServer and the gateway on Java-WebSocket,
 * both on 127.0.0.1, with two guilds. Tests send interactions exactly as Discord would and read
 * back what JDA sent, as a Discord user would have seen it.
 */
public final class FakeDiscord {

    public static final Duration WAIT = Duration.ofSeconds(15);
    static final String INTERACTION_CHANNEL = "1000000000000000001";

    /** What was sent, to find JDA's answer to it. */
    public record Sent(String id, String token) {}

    private final Snowflakes ids = new Snowflakes();
    private final String appId = ids.next();
    private final FakeGuild acme =
            new FakeGuild(ids.next(), "Acme Sales", ids.next(), ids.next(), ids.next(), ids.next());
    private final FakeGuild beta = new FakeGuild(ids.next(), "Beta Co", ids.next(), ids.next(), ids.next(), ids.next());
    private final FakeDiscordRest rest;
    private final FakeDiscordGateway gateway;

    private FakeDiscord() throws Exception {
        rest = new FakeDiscordRest(ids, appId);
        gateway = new FakeDiscordGateway(appId, appId, List.of(acme, beta));
        gateway.startAndWait();
    }

    private final Map<String, String> nicknames = new java.util.concurrent.ConcurrentHashMap<>();

    public static FakeDiscord start() {
        try {
            return new FakeDiscord();
        } catch (Exception e) {
            throw new IllegalStateException("fake Discord did not start", e);
        }
    }

    public String apiUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public String appId() {
        return appId;
    }

    public FakeGuild acme() {
        return acme;
    }

    public FakeGuild beta() {
        return beta;
    }

    public FakeDiscordRest rest() {
        return rest;
    }

    /** The member's server nickname in the interactions they send from now on (null: none). */
    public void nickname(String userId, String nickname) {
        if (nickname == null) {
            nicknames.remove(userId);
        } else {
            nicknames.put(userId, nickname);
        }
    }

    public String newUserId() {
        return ids.next();
    }

    static String dmChannelOf(String userId) {
        return Long.toString(Long.parseLong(userId) + 1);
    }

    /** The callback (type 4, 5, 7, 8, 9) JDA sent for an interaction. */
    public RecordedCall callback(Sent sent) {
        return rest.await(c -> c.is("POST", "interactions/" + sent.id() + "/" + sent.token() + "/callback"), WAIT);
    }

    /** The follow-up message sent through the interaction's webhook after a deferred reply. */
    public RecordedCall followUp(Sent sent) {
        return rest.await(c -> c.is("POST", "webhooks/" + appId + "/" + sent.token()), WAIT);
    }

    public Sent slash(FakeGuild guild, String userId, String locale, String root, String sub, DataObject... options) {
        return send(base(2, guild, userId, locale)
                .put("data", command(root, sub, DataArray.fromCollection(List.of(options)))));
    }

    /** A slash command with a file attached to its option {@code option}, as Discord sends it. */
    public Sent slashWithFile(
            FakeGuild guild,
            String userId,
            String root,
            String sub,
            String option,
            String fileName,
            byte[] content,
            DataObject... options) {
        String id = ids.next();
        String url = rest.upload(fileName, content);
        DataArray all = DataArray.fromCollection(List.of(options))
                .add(DataObject.empty().put("name", option).put("type", 11).put("value", id));
        DataObject attachment = DataObject.empty()
                .put("id", id)
                .put("filename", fileName)
                .put("size", content.length)
                .put("url", url)
                .put("proxy_url", url)
                .put("content_type", "text/csv");
        DataObject data = command(root, sub, all)
                .put(
                        "resolved",
                        DataObject.empty().put("attachments", DataObject.empty().put(id, attachment)));
        return send(base(2, guild, userId, "en-US").put("data", data));
    }

    public Sent autocomplete(FakeGuild guild, String userId, String root, String sub, String option, String typed) {
        DataObject focused = option(option, typed).put("focused", true);
        return send(base(4, guild, userId, "en-US")
                .put("data", command(root, sub, DataArray.empty().add(focused))));
    }

    public Sent button(FakeGuild guild, String userId, String locale, String customId) {
        return send(base(3, guild, userId, locale)
                .put("message", message(guild == null ? dmChannelOf(userId) : guild.channelId()))
                .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2)));
    }

    public Sent select(FakeGuild guild, String userId, String locale, String customId, String value) {
        return send(base(3, guild, userId, locale)
                .put("message", message(guild == null ? dmChannelOf(userId) : guild.channelId()))
                .put(
                        "data",
                        DataObject.empty()
                                .put("custom_id", customId)
                                .put("component_type", 3)
                                .put("values", DataArray.empty().add(value))));
    }

    public Sent modalSubmit(
            FakeGuild guild, String userId, String locale, String customId, Map<String, String> values) {
        DataArray rows = DataArray.empty();
        int unique = 1;
        for (Map.Entry<String, String> value : values.entrySet()) {
            rows.add(DataObject.empty()
                    .put("type", 18)
                    .put("id", unique++)
                    .put(
                            "component",
                            DataObject.empty()
                                    .put("type", 4)
                                    .put("id", unique++)
                                    .put("custom_id", value.getKey())
                                    .put("value", value.getValue())));
        }
        return send(base(5, guild, userId, locale)
                .put("data", DataObject.empty().put("custom_id", customId).put("components", rows)));
    }

    /**
     * A message command (a message's context menu, such as "Log to deal") on a message of the
     * guild's channel written by {@code authorId}, with the resolved message Discord sends.
     */
    public Sent messageCommand(
            FakeGuild guild,
            String userId,
            String locale,
            String name,
            String authorId,
            String authorName,
            String content) {
        DataObject target = message(guild.channelId())
                .put("author", FakeDiscordRest.user(authorId, authorName))
                .put("content", content);
        String targetId = target.getString("id");
        DataObject data = DataObject.empty()
                .put("id", ids.next())
                .put("name", name)
                .put("type", 3)
                .put("target_id", targetId)
                .put(
                        "resolved",
                        DataObject.empty().put("messages", DataObject.empty().put(targetId, target)));
        return send(base(2, guild, userId, locale).put("data", data));
    }

    /** A modal submit whose {@code selectId} is a string menu (picked: {@code picked}) beside text inputs. */
    public Sent modalSubmitWithSelect(
            FakeGuild guild,
            String userId,
            String locale,
            String customId,
            String selectId,
            String picked,
            Map<String, String> texts) {
        DataArray rows = DataArray.empty();
        rows.add(DataObject.empty()
                .put("type", 18)
                .put("id", 1)
                .put(
                        "component",
                        DataObject.empty()
                                .put("type", 3)
                                .put("id", 2)
                                .put("custom_id", selectId)
                                .put("values", DataArray.empty().add(picked))));
        int unique = 3;
        for (Map.Entry<String, String> value : texts.entrySet()) {
            rows.add(DataObject.empty()
                    .put("type", 18)
                    .put("id", unique++)
                    .put(
                            "component",
                            DataObject.empty()
                                    .put("type", 4)
                                    .put("id", unique++)
                                    .put("custom_id", value.getKey())
                                    .put("value", value.getValue())));
        }
        return send(base(5, guild, userId, locale)
                .put("data", DataObject.empty().put("custom_id", customId).put("components", rows)));
    }

    /** Sends a payload as it is, e.g. one JDA cannot read. */
    public void dispatchRaw(String type, DataObject data) {
        gateway.dispatch(type, data);
    }

    public static DataObject option(String name, String value) {
        return DataObject.empty().put("name", name).put("type", 3).put("value", value);
    }

    public static DataObject flag(String name, boolean value) {
        return DataObject.empty().put("name", name).put("type", 5).put("value", value);
    }

    public void stop() throws InterruptedException {
        rest.stop();
        gateway.stop(1000);
    }

    private Sent send(DataObject interaction) {
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Sent(interaction.getString("id"), interaction.getString("token"));
    }

    private DataObject command(String root, String sub, DataArray options) {
        DataArray top = sub == null
                ? options
                : DataArray.empty()
                        .add(DataObject.empty().put("name", sub).put("type", 1).put("options", options));
        return DataObject.empty()
                .put("id", ids.next())
                .put("name", root)
                .put("type", 1)
                .put("options", top);
    }

    /** An interaction in a guild's channel, or in a DM when {@code guild} is null. */
    private DataObject base(int type, FakeGuild guild, String userId, String locale) {
        String id = ids.next();
        DataObject user = FakeDiscordRest.user(userId, "user" + userId.substring(userId.length() - 4));
        DataObject interaction = DataObject.empty()
                .put("id", id)
                .put("token", "token-" + id)
                .put("type", type)
                .put("version", 1)
                .put("application_id", appId)
                .put("locale", locale)
                .put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty())
                .put("app_permissions", Long.toString(FakeDiscordGateway.EVERYONE_PERMISSIONS))
                .put("attachment_size_limit", 8 * 1024 * 1024);
        if (guild == null) {
            String channel = dmChannelOf(userId);
            return interaction
                    .put("context", 1)
                    .put("user", user)
                    .put("channel_id", channel)
                    .put(
                            "channel",
                            DataObject.empty()
                                    .put("id", channel)
                                    .put("type", 1)
                                    .put("recipients", DataArray.empty().add(user)));
        }
        return interaction
                .put("context", 0)
                .put("guild_id", guild.id())
                .put(
                        "guild",
                        DataObject.empty()
                                .put("id", guild.id())
                                .put("locale", "en-US")
                                .put("features", DataArray.empty()))
                .put("guild_locale", "en-US")
                .put("channel_id", guild.channelId())
                .put(
                        "channel",
                        DataObject.empty()
                                .put("id", guild.channelId())
                                .put("type", 0)
                                .put("guild_id", guild.id())
                                .put("name", "sales")
                                .put("position", 0))
                .put(
                        "member",
                        DataObject.empty()
                                .put("user", user)
                                .put(
                                        "roles",
                                        userId.equals(guild.managerId())
                                                ? DataArray.empty().add(guild.managerRoleId())
                                                : DataArray.empty())
                                .put("joined_at", OffsetDateTime.now().toString())
                                // Discord sends the member's computed permissions in the channel.
                                .put("permissions", Long.toString(permissions(guild, userId)))
                                .put("nick", nicknames.get(userId))
                                .put("deaf", false)
                                .put("mute", false)
                                .put("flags", 0));
    }

    private static long permissions(FakeGuild guild, String userId) {
        if (userId.equals(guild.ownerId())) {
            return -1L >>> 1;
        }
        long everyone = FakeDiscordGateway.EVERYONE_PERMISSIONS;
        return userId.equals(guild.managerId()) ? everyone | FakeDiscordGateway.MANAGE_SERVER : everyone;
    }

    /** The message a component is on, in a guild's channel or a user's DM channel. */
    private DataObject message(String channelId) {
        return DataObject.empty()
                .put("id", ids.next())
                .put("channel_id", channelId)
                .put("type", 0)
                .put("content", "")
                .put("author", FakeDiscordRest.user(appId, "salesbot").put("bot", true))
                .put("embeds", DataArray.empty())
                .put("components", DataArray.empty())
                .put("attachments", DataArray.empty())
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("timestamp", OffsetDateTime.now().toString())
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", 0);
    }
}
