package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ten thousand random and mutated command lines through the real gateway and database: every one
 * gets a reply, none an unexpected failure, and every error reads as a sentence, not a key.
 */
class CommandFuzzIntegrationTests extends IntegrationTestBase {

    static final int LINES = 10_000;
    static final List<String> SEEDS = List.of(
            "/opp new \"Acme ERP\" amount:1.2m close:2026-12-31 stage:wait prob:60",
            "/opp new ระบบ ERP amount:\"1.2 ล้าน\" close:31/12/2569 customer:\"บริษัท สยาม\" campaign:none",
            "/opp show #1",
            "/opp list all closing:this-month page:2",
            "/opp edit #1 amount:auto prob:auto close:eom",
            "/opp stage #1 in progress note here version:1",
            "/opp won #1",
            "/opp lost #2 ราคาแพง",
            "/opp reopen #1 stage:wait",
            "/opp product #1 ERP qty:2 price:1000 discount:10% addon",
            "/opp product-remove #1 1",
            "/opp history #1",
            "/opp help new",
            "/lead new คุณสมชาย company:x source:web",
            "/lead convert L-1 amount:5k close:Q1",
            "/lead drop L-1 no",
            "/lead list status:all",
            "/pipeline mine",
            "/forecast 2026-Q4 by:type",
            "/forecast month @nobody",
            "/campaign new Expo start:2026-01-01 cost:5k",
            "/campaign report Expo",
            "/salesbot stages add X prob:50",
            "/salesbot products add P price:5",
            "/salesbot types add Renewal",
            "/salesbot role @U2 manager",
            "/salesbot currency USD",
            "/salesbot timezone Asia/Tokyo",
            "/salesbot members");
    static final String[] NOISE = {
        "\"",
        "'",
        "“",
        "”",
        ":",
        "#",
        "@",
        "%",
        "฿",
        "ล้าน",
        "🎉",
        "\u0000",
        "\t",
        "\\",
        "99999999999999999999999",
        "-1",
        "0",
        "ปิดการขายได้",
        "${x}",
        "'; DROP TABLE opportunity; --",
        "<b>",
        "*_~`",
        " "
    };

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Test
    void everyLineGetsAReplyAndNoneAnUnexpectedFailure() {
        Caller caller = new Caller(
                new Visitor(Platform.CONSOLE, "fuzz-" + UUID.randomUUID(), "Fuzz", "U1", "U1", Role.ADMIN), null);
        Random random = new Random(20261127);
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < LINES; i++) {
            String line = line(random);
            Answer answer = gateway.handle(caller, line);
            BotReply reply = answer.reply();
            if (reply == null) {
                failures.add("no reply: " + line);
            } else if (reply instanceof BotReply.Error error) {
                String text = localizer.text(error.message(), answer.reader());
                if (error.message().key().equals("error.unexpected")
                        || text.equals(error.message().key())) {
                    failures.add(error.message().key() + " for: " + line);
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    static String line(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomText(random, random.nextInt(40));
            case 1 -> randomText(random, 10_000);
            case 2 -> "";
            default -> mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
        };
    }

    static String mutate(String seed, Random random) {
        StringBuilder line = new StringBuilder(seed);
        for (int edits = random.nextInt(4); edits >= 0; edits--) {
            int at = random.nextInt(line.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> line.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> line.delete(at, Math.min(line.length(), at + random.nextInt(6)));
                default -> line.insert(at, randomText(random, random.nextInt(8)));
            }
        }
        return line.toString();
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(4);
            int codePoint = switch (kind) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> 0x0E01 + random.nextInt(0x5A);
                case 2 -> random.nextInt(0x2FFFF);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }
}
