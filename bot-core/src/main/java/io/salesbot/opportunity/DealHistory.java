package io.salesbot.opportunity;

import java.util.List;

/**
 * A deal's history, oldest first (its changes, and apart from them its activities, also oldest first), with the workspace's stages so that stage names recorded in it
 * can be shown in the reader's language. The values of each change are as stored (plain text);
 * turning them into what people read is the reply's job.
 */
public record DealHistory(
        int number, String name, List<ChangeView> changes, List<StageView> stages, List<ActivityView> activities) {

    public DealHistory {
        changes = List.copyOf(changes);
        stages = List.copyOf(stages);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** A history without activities. */
    public DealHistory(int number, String name, List<ChangeView> changes, List<StageView> stages) {
        this(number, name, changes, stages, List.of());
    }

    /** The stage of that (stored) name, or the name as recorded when no stage has it any more. */
    public Object stage(String recorded) {
        return stages.stream()
                .filter(stage -> stage.name().equals(recorded))
                .<Object>map(stage -> stage)
                .findFirst()
                .orElse(recorded);
    }
}
