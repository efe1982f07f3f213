package io.salesbot.discord.interaction;

import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.DiscordSettings;
import io.salesbot.discord.command.CommandRegistrar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Receives JDA's events and hands each interaction to a worker thread, so a slow database never
 * holds up JDA's event thread. Registers the slash commands once the gateway is ready: per guild
 * when guild ids are configured (instant updates), else globally.
 */
@Component
@Conditional(DiscordEnabled.class)
public class InteractionRouter extends ListenerAdapter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);
    private static final int WORKERS = 8;

    private final DiscordSettings settings;
    private final CommandRegistrar registrar;
    private final SlashCommands slash;
    private final ComponentActions components;
    private final MessageCommands messages;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, new Namer());

    InteractionRouter(
            DiscordSettings settings,
            CommandRegistrar registrar,
            SlashCommands slash,
            ComponentActions components,
            MessageCommands messages) {
        this.settings = settings;
        this.messages = messages;
        this.registrar = registrar;
        this.slash = slash;
        this.components = components;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        List<CommandData> commands = new java.util.ArrayList<>(registrar.commands());
        commands.addAll(registrar.messageCommands());
        if (settings.guildIds().isEmpty()) {
            // Global commands are the application's, not a shard's: shard 0 registers them once.
            if (jda.getShardInfo().getShardId() == 0) {
                jda.updateCommands().addCommands(commands).queue(null, Replies.failed("command registration"));
            }
            return;
        }
        for (String id : settings.guildIds()) {
            Guild guild = jda.getGuildById(id);
            if (guild == null) {
                if (!settings.sharded()) {
                    log.warn("Discord guild {} is not one the bot has joined: commands not registered there", id);
                }
                continue; // with shards, the guild's own shard registers it
            }
            guild.updateCommands().addCommands(commands).queue(null, Replies.failed("command registration"));
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        work(() -> slash.run(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        work(() -> slash.complete(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        work(() -> components.press(event));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        work(() -> components.select(event));
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        work(() -> messages.run(event));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        work(() -> components.submit(event));
    }

    private void work(Runnable task) {
        workers.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // The core never throws for user input; this is a bug of ours, and the user sees
                // Discord's "interaction failed".
                log.error("Discord interaction failed", e);
            }
        });
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private static final class Namer implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "discord-interaction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
