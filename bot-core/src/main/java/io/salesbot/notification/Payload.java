package io.salesbot.notification;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The facts a notification carries from the moment of its cause to the moment it is sent, as
 * {@code key=value} text (java.util.Properties, so any Thai text or newline survives).
 */
final class Payload {

    private Payload() {}

    static String write(Map<String, String> facts) {
        Properties properties = new Properties();
        new TreeMap<>(facts).forEach((key, value) -> {
            if (value != null) {
                properties.setProperty(key, value);
            }
        });
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        // Drop the date comment Properties writes first: the same facts always give the same text.
        return out.toString().replaceFirst("^#[^\n]*\n", "");
    }

    static Map<String, String> read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        Map<String, String> facts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> facts.put(key, properties.getProperty(key)));
        return facts;
    }
}
