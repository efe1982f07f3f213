package io.salesbot.reply;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every text a person reads comes from {@code messages_*} and {@code messages_value_*} (UTF-8), plus
 * the bundles adapters declare as {@link MessageBundle} beans.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(List<MessageBundle> adapterBundles) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages_value");
        adapterBundles.forEach(bundle -> source.addBasenames(bundle.basename()));
        source.setDefaultEncoding("UTF-8");
        // A Thai reader on an English server still gets Thai; anything unknown falls back to English.
        source.setFallbackToSystemLocale(false);
        // One quoting rule for every message: '' is an apostrophe, with or without arguments.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
