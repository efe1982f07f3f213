package io.salesbot.opportunity;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.Nearest;
import io.salesbot.common.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a stage from what a person typed: any case, spaces ignored, English or Thai name, and a
 * unique prefix. "won" finds "Closed Won" because closed stages also answer to their name without
 * "Closed". Ambiguity is an error with the candidates, never a guess.
 */
final class StageMatcher {

    private StageMatcher() {}

    static Stage match(List<Stage> stages, String typed) {
        String wanted = normalise(typed);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("stage", "error.stage.missing", names(stages));
        }
        for (Stage stage : stages) {
            if (keys(stage).contains(wanted)) {
                return stage;
            }
        }
        List<Stage> byPrefix = stages.stream()
                .filter(stage -> keys(stage).stream().anyMatch(key -> key.startsWith(wanted)))
                .toList();
        if (byPrefix.size() == 1) {
            return byPrefix.get(0);
        }
        if (byPrefix.size() > 1) {
            throw new InvalidInputException("stage", "error.stage.ambiguous", typed, names(byPrefix));
        }
        throw new NotFoundException("error.stage.unknown", typed, names(stages))
                .withNearest(Nearest.to(typed, stages, StageMatcher::keys).stream()
                        .map(stage ->
                                thai(typed) && stage.getThaiName() != null ? stage.getThaiName() : stage.getName())
                        .toList());
    }

    /** Whether {@code typed} is one of the stages' names in full (no prefix), English or Thai. */
    static boolean namesInFull(List<Stage> stages, String typed) {
        String wanted = normalise(typed);
        return !wanted.isEmpty()
                && stages.stream().anyMatch(stage -> keys(stage).contains(wanted));
    }

    private static Set<String> keys(Stage stage) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(normalise(stage.getName()));
        if (stage.getThaiName() != null) {
            keys.add(normalise(stage.getThaiName()));
        }
        if (stage.getKind().isClosed()) {
            keys.add(normalise(stage.getName()).replaceFirst("^closed?", ""));
        }
        keys.remove("");
        return keys;
    }

    private static boolean thai(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    static String names(List<Stage> stages) {
        return stages.stream().map(Stage::getName).collect(Collectors.joining(", "));
    }
}
