package io.salesbot.opportunity;

import java.util.List;

/**
 * A deal's history, oldest first, with the workspace's stages so that stage names recorded in it
 * can be shown in the reader's language. The values of each change are as stored (plain text);
 * turning them into what people read is the reply's job.
 */
public record DealHistory(int number, String name, List<ChangeView> changes, List<StageView> stages) {

    public DealHistory {
        changes = List.copyOf(changes);
        stages = List.copyOf(stages);
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
