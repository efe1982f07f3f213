package io.salesbot.command;

import java.util.Map;

/**
 * A typed line whose command takes a file, read apart: the command ({@code /salesbot import}), its
 * other options, and the file as typed ({@code file}, a path on the console; null when none was
 * typed). The adapter fetches the file and hands it over as an {@link Upload}.
 */
public record FileCommand(String command, Map<String, String> options, String file) {

    public FileCommand {
        options = Map.copyOf(options);
    }
}
