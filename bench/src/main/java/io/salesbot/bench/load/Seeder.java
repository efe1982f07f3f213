package io.salesbot.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prepares the team through the app itself, as its people would: an admin subscribes the channel
 * to stage changes (so a stage change also writes an outbox row and a notification goes out),
 * then every user creates their deals. The deals' owners are then read back from the database.
 */
final class Seeder {

    static final String ADMIN = FakeSlackApi.ADMIN_PREFIX + "1";

    private Seeder() {}

    static CommandMix seed(SlackHttpTarget app, JdbcTemplate jdbc, String team, int userCount, int dealsPerUser) {
        expectOk(app.send(ADMIN, "/salesbot", "notify stage"), "subscribing the channel");
        List<String> users = new ArrayList<>();
        for (int u = 1; u <= userCount; u++) {
            users.add(String.format("U%03d", u));
        }
        // Four at a time: quick, and the numbers need not follow the users in any order.
        List<CompletableFuture<CommandTarget.Outcome>> batch = new ArrayList<>();
        for (int d = 0; d < userCount * dealsPerUser; d++) {
            String text = "new \"Seed deal " + (d + 1) + "\" amount:" + (50 + d % 900) + "k customer:\"Seed " + (d % 97)
                    + "\"";
            batch.add(app.send(users.get(d % userCount), "/opp", text));
            if (batch.size() == 4) {
                batch.forEach(answer -> expectOk(answer, "creating a deal"));
                batch.clear();
            }
        }
        batch.forEach(answer -> expectOk(answer, "creating a deal"));
        List<Map<String, Object>> deals = jdbc.queryForList("""
                SELECT o.number, m.platform_user_id FROM opportunity o
                JOIN workspace w ON w.id = o.workspace_id JOIN member m ON m.id = o.owner_id
                WHERE w.platform = 'SLACK' AND w.external_id = ? ORDER BY o.number""", team);
        int[] owners = new int[deals.size()];
        for (Map<String, Object> deal : deals) {
            int number = ((Number) deal.get("number")).intValue();
            owners[number - 1] = users.indexOf((String) deal.get("platform_user_id"));
        }
        if (deals.size() != userCount * dealsPerUser || Arrays.stream(owners).anyMatch(owner -> owner < 0)) {
            throw new IllegalStateException("seeded " + deals.size() + " deals, expected " + userCount * dealsPerUser);
        }
        return new CommandMix(users, owners);
    }

    private static void expectOk(CompletableFuture<CommandTarget.Outcome> answer, String what) {
        CommandTarget.Outcome outcome = answer.join();
        if (!outcome.ok()) {
            throw new IllegalStateException(what + " failed: " + outcome.problem());
        }
    }
}
