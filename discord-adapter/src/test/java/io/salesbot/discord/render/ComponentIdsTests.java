package io.salesbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentIdsTests {

    private final ComponentIds ids = new ComponentIds();

    @Test
    void aShortCommandTravelsInTheCustomId() {
        String id = ids.button("/opp won #42 version:3");
        assertThat(id).isEqualTo("run:/opp won #42 version:3");
        assertThat(ids.command(id)).contains("/opp won #42 version:3");
    }

    @Test
    void aLongCommandIsKeptUnderAShortKey() {
        String command = "/opp list all campaign:\"" + "x".repeat(120) + "\" page:2";
        String id = ids.button(command);
        assertThat(id).startsWith("key:").hasSizeLessThanOrEqualTo(100);
        assertThat(ids.command(id)).contains(command);
        assertThat(ids.command("key:unknown")).isEmpty();
    }

    @Test
    void theStageMenuRunsAStageCommandWithTheCardsVersion() {
        String menu = ids.stageMenu(7, 4);
        assertThat(ComponentIds.stageCommand(menu, "In progress")).contains("/opp stage #7 \"In progress\" version:4");
    }

    @Test
    void thaiCombiningMarksTakeNoColumn() {
        assertThat(MonospaceTable.width("ปิดการขายได้")).isEqualTo(10);
        assertThat(MonospaceTable.render(java.util.List.of(java.util.List.of("a", "b"), java.util.List.of("ที่", "c"))))
                .isEqualTo("a  b\nที่  c");
    }
}
