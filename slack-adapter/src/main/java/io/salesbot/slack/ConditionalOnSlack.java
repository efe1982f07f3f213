package io.salesbot.slack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Marks every Slack bean: it exists only when {@code salesbot.slack.bot-token} is not blank, so an
 * app without Slack settings (the console, Discord only) carries none of it. A blank value counts
 * as unset because an empty {@code SLACK_BOT_TOKEN=} in a .env file is common.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnSlack.OnBotToken.class)
public @interface ConditionalOnSlack {

    /** Which kind of Slack setting must be present besides the bot token. */
    Mode value() default Mode.ANY;

    /** ANY: the bot token alone; HTTP: also the signing secret; SOCKET: also the app token. */
    enum Mode {
        ANY,
        HTTP,
        SOCKET
    }

    /** The condition behind the annotation. */
    class OnBotToken implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            if (!SlackSettings.has(env.getProperty("salesbot.slack.bot-token"))) {
                return false;
            }
            var attributes = metadata.getAnnotationAttributes(ConditionalOnSlack.class.getName());
            Mode mode = attributes == null ? Mode.ANY : (Mode) attributes.get("value");
            return switch (mode) {
                case ANY -> true;
                case HTTP -> SlackSettings.has(env.getProperty("salesbot.slack.signing-secret"));
                case SOCKET -> SlackSettings.has(env.getProperty("salesbot.slack.app-token"));
            };
        }
    }
}
