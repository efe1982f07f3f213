package io.salesbot.command;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.util.ClassUtils;

/**
 * The real catalogue without a Spring context, for plain unit tests (the parser table, bundles,
 * the Slack manifest): every {@link Command} class on the class path, made without its services,
 * since {@link Command#spec()} touches no state. {@code CommandCatalogIntegrationTests} checks it
 * lists what the application context does.
 */
public final class Catalogs {

    private static final CommandCatalog REAL = new CommandCatalog(scan());

    private Catalogs() {}

    public static CommandCatalog real() {
        return REAL;
    }

    private static List<Command> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Command.class));
        ObjenesisStd objenesis = new ObjenesisStd();
        return scanner.findCandidateComponents("io.salesbot").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, Catalogs.class.getClassLoader()))
                .filter(type -> type.isAnnotationPresent(org.springframework.stereotype.Component.class))
                .map(type -> (Command) objenesis.newInstance(type))
                .toList();
    }
}
