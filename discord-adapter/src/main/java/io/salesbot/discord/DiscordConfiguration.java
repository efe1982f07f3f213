package io.salesbot.discord;

import io.salesbot.discord.interaction.InteractionRouter;
import io.salesbot.reply.MessageBundle;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the JDA client when {@code salesbot.discord.bot-token} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
@EnableConfigurationProperties(DiscordSettings.class)
class DiscordConfiguration {

    @Bean
    MessageBundle discordMessages() {
        return new MessageBundle("messages_discord");
    }

    /**
     * Logs in (GET users/@me) while the context starts, so a wrong token fails the start-up; the
     * gateway connects in the background and commands are registered once it is ready.
     */
    @Bean(destroyMethod = "shutdownNow")
    JDA discordJda(DiscordSettings settings, InteractionRouter router) {
        return JDABuilder.createLight(settings.botToken())
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setSessionController(new GatewaySessionController(settings.gatewayUrl()))
                .setCompression(Compression.NONE)
                .addEventListeners(router)
                .build();
    }
}
