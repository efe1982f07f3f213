package io.salesbot.discord.render;

import io.salesbot.discord.DiscordEnabled;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Custom ids of buttons and menus. A button carries its command line itself ({@code run:/opp won
 * #42 version:3}) when it fits Discord's 100 characters; a longer one is kept here under a short
 * key. Keys live in memory only: after a restart such a button answers "expired".
 */
@Component
@Conditional(DiscordEnabled.class)
public class ComponentIds {

    public static final String RUN = "run:";
    public static final String KEY = "key:";
    public static final String STAGE = "stage:";
    /** A menu whose every option's value is the command line it runs (a card's forecast category menu). */
    public static final String MENU = "menu:";
    /** A button that answers with a new message and never replaces the one it is on ("Open deal" on news). */
    public static final String SHOW = "show:";

    private static final int MAX_ID = 100;
    private static final int REMEMBERED = 10_000;

    private final AtomicLong next = new AtomicLong();
    private final Map<String, String> commands = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** The custom id of a button that runs {@code command}. */
    public String button(String command) {
        if (RUN.length() + command.length() <= MAX_ID) {
            return RUN + command;
        }
        String key = Long.toString(next.incrementAndGet(), 36);
        commands.put(key, command);
        return KEY + key;
    }

    /** The custom id of a button that runs {@code command} and leaves its message as it is. */
    public String showing(String command) {
        return SHOW.length() + command.length() <= MAX_ID ? SHOW + command : button(command);
    }

    /** Whether the button answers with a new message whatever the command gives. */
    public static boolean leavesMessage(String customId) {
        return customId.startsWith(SHOW);
    }

    /** The command a button runs, empty when its key was forgotten. */
    public Optional<String> command(String customId) {
        if (customId.startsWith(SHOW)) {
            return Optional.of(customId.substring(SHOW.length()));
        }
        if (customId.startsWith(RUN)) {
            return Optional.of(customId.substring(RUN.length()));
        }
        if (customId.startsWith(KEY)) {
            return Optional.ofNullable(commands.get(customId.substring(KEY.length())));
        }
        return Optional.empty();
    }

    /** The custom id of the stage menu of a deal card: the deal and the version the card shows. */
    public String stageMenu(int dealNumber, int version) {
        return STAGE + dealNumber + ":" + version;
    }

    /** The custom id of a card's command menu: the deal and the version the card shows. */
    public String commandMenu(int dealNumber, int version) {
        return MENU + dealNumber + ":" + version;
    }

    /** The command a stage menu choice runs; a command menu's choice is its command (deal edits only). */
    public static Optional<String> stageCommand(String customId, String stage) {
        if (customId.startsWith(MENU)) {
            return stage.startsWith("/opp edit ") ? Optional.of(stage) : Optional.empty();
        }
        if (!customId.startsWith(STAGE)) {
            return Optional.empty();
        }
        String[] parts = customId.substring(STAGE.length()).split(":");
        String quoted = "\"" + stage.replace("\"", "") + "\"";
        return Optional.of("/opp stage #" + parts[0] + " " + quoted + " version:" + parts[1]);
    }
}
