package io.salesbot.command.admin;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.Arrays;
import java.util.List;

/** A workspace list of codes (deal types, lead sources) as admins see it: each code and its name. */
final class CodeTable {

    private CodeTable() {}

    static BotReply of(String title, String kind, List<String> codes) {
        List<List<Object>> rows = codes.stream()
                .map(code -> Arrays.<Object>asList(code, new Code(kind, code)))
                .toList();
        return new BotReply.Table(
                Message.of(title),
                List.of(Message.of("column.code"), Message.of("column.name")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }
}
