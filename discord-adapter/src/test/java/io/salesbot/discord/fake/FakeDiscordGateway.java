package io.salesbot.discord.fake;

import java.net.InetSocketAddress;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** Discord's gateway on Java-WebSocket: HELLO, IDENTIFY, READY, GUILD_CREATE, then dispatches. */
final class FakeDiscordGateway extends WebSocketServer {

    /** Everyone may see and write in the channels; nobody but the owner may manage the server. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16);

    static final long MANAGE_SERVER = 1L << 5;

    private final String botId;
    private final String appId;
    private final List<FakeGuild> guilds;
    private final AtomicInteger sequence = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile WebSocket session;

    FakeDiscordGateway(String botId, String appId, List<FakeGuild> guilds) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.botId = botId;
        this.appId = appId;
        this.guilds = guilds;
        setReuseAddr(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    void dispatch(String type, DataObject data) {
        WebSocket current = session;
        if (current == null) {
            throw new IllegalStateException("JDA is not connected to the fake gateway");
        }
        current.send(DataObject.empty()
                .put("op", 0)
                .put("s", sequence.incrementAndGet())
                .put("t", type)
                .put("d", data)
                .toString());
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        DataObject frame = DataObject.fromJson(text);
        switch (frame.getInt("op")) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> identify(socket);
            case 6 -> socket.send("{\"op\":9,\"d\":false}");
            default -> {}
        }
    }

    private void identify(WebSocket socket) {
        session = socket;
        DataArray unavailable = DataArray.empty();
        guilds.forEach(g -> unavailable.add(DataObject.empty().put("id", g.id()).put("unavailable", true)));
        dispatch(
                "READY",
                DataObject.empty()
                        .put("v", 10)
                        .put("user", FakeDiscordRest.user(botId, "salesbot").put("bot", true))
                        .put("guilds", unavailable)
                        .put("private_channels", DataArray.empty())
                        .put("session_id", "fake-session")
                        .put("resume_gateway_url", url())
                        .put("shard", DataArray.empty().add(0).add(1))
                        .put("application", DataObject.empty().put("id", appId).put("flags", 0)));
        guilds.forEach(guild -> dispatch("GUILD_CREATE", guildCreate(guild)));
    }

    private DataObject guildCreate(FakeGuild guild) {
        String joined = OffsetDateTime.now().toString();
        DataObject botMember = DataObject.empty()
                .put("user", FakeDiscordRest.user(botId, "salesbot").put("bot", true))
                .put("roles", DataArray.empty())
                .put("joined_at", joined)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0);
        DataObject everyone = role(guild.id(), "@everyone", 0, EVERYONE_PERMISSIONS);
        return guild(guild, joined, botMember, everyone);
    }

    private static DataObject role(String id, String name, int position, long permissions) {
        return DataObject.empty()
                .put("id", id)
                .put("name", name)
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("color", 0)
                .put("colors", DataObject.empty().put("primary_color", 0))
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
    }

    private DataObject guild(FakeGuild guild, String joined, DataObject botMember, DataObject everyone) {
        DataObject managers = role(guild.managerRoleId(), "Managers", 1, EVERYONE_PERMISSIONS | MANAGE_SERVER);
        DataObject channel = DataObject.empty()
                .put("id", guild.channelId())
                .put("type", 0)
                .put("name", "sales")
                .put("position", 0)
                .put("guild_id", guild.id())
                .put("permission_overwrites", DataArray.empty());
        return DataObject.empty()
                .put("id", guild.id())
                .put("name", guild.name())
                .put("owner_id", guild.ownerId())
                .put("member_count", 3)
                .put("members", DataArray.empty().add(botMember))
                .put("roles", DataArray.empty().add(everyone).add(managers))
                .put("channels", DataArray.empty().add(channel))
                .put("threads", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("features", DataArray.empty())
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("preferred_locale", "en-US")
                .put("system_channel_flags", 0)
                .put("large", false)
                .put("unavailable", false)
                .put("joined_at", joined);
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        if (socket == session) {
            session = null;
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        // A test sees the consequence (no READY, no events); nothing to do here.
    }
}
