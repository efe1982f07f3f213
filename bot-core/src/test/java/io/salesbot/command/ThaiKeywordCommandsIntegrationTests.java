package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On the demo data, a command with Thai keywords answers exactly as with the English ones. */
class ThaiKeywordCommandsIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    Caller admin;

    @BeforeEach
    void demo() {
        admin = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Team", "U-admin", "Admin", Role.ADMIN), null);
        gateway.handle(admin, "/salesbot demo");
    }

    BotReply run(String line) {
        return gateway.handle(admin, line).reply();
    }

    @Test
    void listsEveryonesDealsForทั้งหมดNotAMemberOfThatName() {
        BotReply.DealList english = (BotReply.DealList) run("/opp list all");
        BotReply.DealList thai = (BotReply.DealList) run("/opp list ทั้งหมด");

        assertThat(thai.total()).isEqualTo(english.total()).isGreaterThan(10);
        assertThat(thai.deals()).isEqualTo(english.deals());
        assertThat(((BotReply.DealList) run("/opp list ทั้งหมด closing:เลยกำหนด")).deals())
                .isEqualTo(((BotReply.DealList) run("/opp list all closing:overdue")).deals())
                .isNotEmpty();
    }

    @Test
    void reportsReadThaiScopesPeriodsAndGroups() {
        assertThat(run("/pipeline ทีม")).isEqualTo(run("/pipeline team"));
        assertThat(run("/forecast ไตรมาส 4/2569")).isEqualTo(run("/forecast 2026-Q4"));
        assertThat(run("/forecast ธ.ค. 2569")).isEqualTo(run("/forecast 2026-12"));
        assertThat(run("/forecast เดือน by:ประเภท")).isEqualTo(run("/forecast month by:type"));
        assertThat(run("/forecast ปี by:พนักงานขาย")).isEqualTo(run("/forecast year by:rep"));
        assertThat(run("/lead list status:ทั้งหมด")).isEqualTo(run("/lead list status:all"));
    }

    @Test
    void settingsReadThaiWords() {
        assertThat(run("/salesbot notify #sales ปิดการขายได้,ปิดการขายไม่ได้"))
                .isEqualTo(run("/salesbot notify #sales won,lost"));
        assertThat(run("/salesbot notify #sales ปิด")).isInstanceOf(BotReply.Text.class);
        assertThat(run("/salesbot digest #sales ทุกสัปดาห์ วันศุกร์ 16:30"))
                .isEqualTo(run("/salesbot digest #sales weekly fri 16:30"));
        assertThat(run("/salesbot language อังกฤษ")).isEqualTo(run("/salesbot language en"));
    }

    @Test
    void thaiSubcommandNamesAnswerAsTheEnglishOnes() {
        assertThat(run("/opp รายการ ทั้งหมด")).isEqualTo(run("/opp list ทั้งหมด"));
        assertThat(run("/lead รายการ ทั้งหมด")).isEqualTo(run("/lead list ทั้งหมด"));
        assertThat(run("/campaign รายการ")).isEqualTo(run("/campaign list"));
        assertThat(run("/salesbot สถานะ รายการ")).isEqualTo(run("/salesbot stages list"));
        assertThat(run("/salesbot ภาษา")).isEqualTo(run("/salesbot language"));
        assertThat(run("/opp ช่วยเหลือ เปลี่ยนสถานะ")).isEqualTo(run("/opp help stage"));
        assertThat(run("/opp help lead แปลง")).isEqualTo(run("/opp help lead convert"));
    }
}
