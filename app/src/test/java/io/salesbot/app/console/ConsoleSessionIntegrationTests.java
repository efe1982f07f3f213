package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.app.AssembledAppTest;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A realistic console script against the assembled app on its embedded database: deals created,
 * moved, won and lost, products added, then the manager questions, with the numbers checked.
 */
@AssembledAppTest
class ConsoleSessionIntegrationTests {

    static final String SCRIPT = """
            # set up
            /salesbot products add "ERP licence" price:12000
            /campaign new "Expo 2026" start:2026-09-01 cost:250k
            /opp new "Acme ERP" amount:1.2m close:next-month campaign:"Expo 2026"
            /opp new "Globex CRM" close:next-month campaign:"Expo 2026"
            /opp product #2 "ERP licence" qty:10 discount:10%
            /opp stage #1 in progress demo went well
            /opp won #1
            opp new "Initech POS" amount:300k close:next-month

            /opp lost #3 ราคาสูงกว่าคู่แข่ง
            /opp history #1
            /pipeline
            /forecast quarter
            /campaign report
            /salesbot export deals
            """;

    @Autowired
    CommandGateway gateway;

    @Autowired
    ConsoleRenderer renderer;

    @Autowired
    Localizer localizer;

    @Test
    void runsARealisticScriptAndAnswersWithTheRightNumbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleCommands commands = new GatewayCommands(gateway, "tester", "console-" + UUID.randomUUID());
        StreamIO io = new StreamIO(new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8)), out, false);

        int exit = new ConsoleSession(commands, renderer, localizer, io).run();
        io.close();
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).isZero();
        assertThat(printed)
                .contains("Deal #1 created.", "Deal #2 created.", "Deal #3 created.")
                .contains("฿108,000 (from the products)")
                .contains("Deal #1 is won.")
                .contains("Deal #3 closed as lost.")
                .contains("demo went well")
                .contains("Open: 1 deal, ฿108,000 estimated, ฿10,800 expected.")
                .contains("Total: ฿108,000 open, ฿10,800 weighted, ฿1,200,000 won.")
                .containsPattern("Expo 2026 +2 +1 +0 +100% +฿1,200,000 +฿108,000")
                .containsPattern("Saved to .*/exports/deals-\\d{8}-\\d{4}(-\\d+)?\\.csv")
                .doesNotContain("Error", "Exception");
    }

    @Test
    void importsAFileNamedByItsPathAndSaysWhenThereIsNone(@TempDir Path dir) throws java.io.IOException {
        // given a CSV on disk, saved by a spreadsheet (with a byte order mark)
        Path csv = Files.write(
                dir.resolve("my deals.csv"), "\uFEFFname,amount\nระบบ ERP,1.2 ล้าน\n".getBytes(StandardCharsets.UTF_8));
        ConsoleCommands commands = new GatewayCommands(gateway, "tester", "console-" + UUID.randomUUID());

        // when the console is asked to check it, and to import a file that is not there
        BotReply checked =
                commands.handle("/salesbot import " + csv + " dry-run").reply();
        BotReply missing =
                commands.handle("/salesbot import " + dir.resolve("gone.csv")).reply();

        // then the console read the file for the core, and says which path it could not read
        assertThat(((BotReply.Table) checked).title().key()).isEqualTo("reply.import.clean");
        assertThat(((BotReply.Error) missing).message().key()).isEqualTo("error.import.unreadable");
        assertThat(((BotReply.Error) missing).message().args())
                .containsExactly(dir.resolve("gone.csv").toString());
    }
}
