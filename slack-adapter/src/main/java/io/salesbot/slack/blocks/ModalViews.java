package io.salesbot.slack.blocks;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A core form as a Slack modal and back. Each field is an input block whose block id is the
 * command option, so a field error from the core lands on the right block.
 */
@Component
@ConditionalOnSlack
public class ModalViews {

    /** The callback id of every form modal. */
    public static final String CALLBACK = "salesbot_form";

    private static final String ACTION = "value";

    private final Localizer localizer;

    ModalViews(Localizer localizer) {
        this.localizer = localizer;
    }

    public View modal(BotReply.Form form, FormMetadata metadata, ReplyLocale reader) {
        String title = localizer.text(form.title(), reader);
        List<LayoutBlock> blocks = new ArrayList<>();
        // Slack cuts modal titles at 24 characters, so the whole title also heads the form.
        if (title.length() > 24) {
            blocks.add(Mrkdwn.section("*" + Mrkdwn.escape(title) + "*"));
        }
        form.fields().forEach(field -> blocks.add(input(field, reader)));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(Mrkdwn.cut(title, 24))
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(word("slack.form.submit", reader))
                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(word("slack.form.cancel", reader))
                        .build())
                .privateMetadata(metadata.json())
                .blocks(blocks)
                .build();
    }

    /** The submitted values by option name; empty fields are left out, as if not typed. */
    public static Map<String, String> values(ViewState state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> {
            ViewState.Value value = actions.get(ACTION);
            String text = value == null ? null : text(value);
            if (text != null && !text.isBlank()) {
                values.put(blockId, text.strip());
            }
        });
        return values;
    }

    private static String text(ViewState.Value value) {
        if (value.getSelectedOption() != null) {
            return value.getSelectedOption().getValue();
        }
        return value.getSelectedDate() != null ? value.getSelectedDate() : value.getValue();
    }

    private InputBlock input(FormField field, ReplyLocale reader) {
        InputBlock.InputBlockBuilder input = InputBlock.builder()
                .blockId(field.option())
                .label(Mrkdwn.plain(localizer.text(field.label(), reader), 2000))
                .optional(!field.required())
                .element(element(field, reader));
        if (tooLongToEdit(field)) {
            // Slack refuses a text input holding more than 3000 characters. Left empty, the field is
            // not sent, so the long text stays as it is unless the person types a new one.
            input.hint(Mrkdwn.plain(
                    localizer.text(
                            Message.of(
                                    "slack.form.tooLongToEdit", field.initial().length()),
                            reader),
                    2000));
        }
        return input.build();
    }

    private static boolean tooLongToEdit(FormField field) {
        return field.initial() != null && field.initial().length() > SlackLimits.INPUT_VALUE;
    }

    /**
     * A menu only when Slack can hold every choice as it is (at most 100, values of at most 150
     * characters); otherwise the person types the name, which the core reads the same way.
     */
    private static boolean fitsAMenu(FormField field) {
        return !field.choices().isEmpty()
                && field.choices().size() <= SlackLimits.OPTIONS
                && field.choices().stream().allMatch(choice -> choice.value().length() <= SlackLimits.OPTION_VALUE);
    }

    private BlockElement element(FormField field, ReplyLocale reader) {
        String initial =
                field.initial() == null || field.initial().isBlank() || tooLongToEdit(field) ? null : field.initial();
        if (field.type() == FormField.Type.CHOICE && fitsAMenu(field)) {
            List<OptionObject> options = field.choices().stream()
                    .map(choice -> option(choice, reader))
                    .toList();
            OptionObject selected = options.stream()
                    .filter(option -> option.getValue().equals(initial))
                    .findFirst()
                    .orElse(null);
            return StaticSelectElement.builder()
                    .actionId(ACTION)
                    .options(options)
                    .initialOption(selected)
                    .build();
        }
        if (field.type() == FormField.Type.DATE) {
            return DatePickerElement.builder()
                    .actionId(ACTION)
                    .initialDate(initial)
                    .build();
        }
        // Amounts and numbers stay free text: people type 1.2m, 500k or 60%, and the core reads them.
        return PlainTextInputElement.builder()
                .actionId(ACTION)
                .multiline(field.type() == FormField.Type.LONG_TEXT)
                .initialValue(initial)
                .build();
    }

    private OptionObject option(FormField.Choice choice, ReplyLocale reader) {
        return OptionObject.builder()
                .text(Mrkdwn.plain(localizer.format(choice.label(), reader), SlackLimits.OPTION_TEXT))
                .value(choice.value())
                .build();
    }

    private String word(String key, ReplyLocale reader) {
        return Mrkdwn.cut(localizer.text(Message.of(key), reader), 24);
    }
}
