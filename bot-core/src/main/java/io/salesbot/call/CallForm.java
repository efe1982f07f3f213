package io.salesbot.call;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The form behind {@code /forecast submit}: commit and best case, prefilled with the Commit and
 * Best case of the rep's deals, and a note; the period is fixed, so the form submits the call for
 * the period it was opened for.
 */
public final class CallForm {

    public static final String COMMAND = "/forecast submit";

    private CallForm() {}

    public static BotReply.Form of(CallPeriod period, DealFigures deals, String note) {
        List<FormField> fields = List.of(
                new FormField(
                        "commit",
                        Message.of("field.commit"),
                        FormField.Type.AMOUNT,
                        true,
                        plain(deals.commit()),
                        List.of()),
                new FormField(
                        "best", Message.of("field.best"), FormField.Type.AMOUNT, true, plain(deals.best()), List.of()),
                new FormField("note", Message.of("field.note"), FormField.Type.LONG_TEXT, false, note, List.of()));
        return new BotReply.Form(
                "forecast.submit",
                Message.of("form.call.title", period.shown()),
                COMMAND,
                fields,
                Map.of("period", period.granularity().label(period.start())));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
