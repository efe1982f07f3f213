package io.salesbot.reply;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every text a person reads comes from {@code messages_*} and {@code messages_value_*} (UTF-8). */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages_value");
        source.setDefaultEncoding("UTF-8");
        // A Thai reader on an English server still gets Thai; anything unknown falls back to English.
        source.setFallbackToSystemLocale(false);
        // One quoting rule for every message: '' is an apostrophe, with or without arguments.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
