package io.salesbot.slack.blocks;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;

/**
 * What Slack accepts in one message, and the one place a rendered reply is held to it: {@link
 * #fit} clamps every block to its own limits and, when the blocks are too many or their texts too
 * long together, keeps them from the top, keeps the buttons, and says where the rest was cut.
 */
public final class SlackLimits {

    /** Blocks in a message (chat.postMessage, chat.postEphemeral, response_url). */
    public static final int MESSAGE_BLOCKS = 50;
    /** Blocks in a modal or the App Home tab. */
    public static final int VIEW_BLOCKS = 100;
    /**
     * Slack refuses a message whose block texts add up to about 12,000 characters with {@code
     * msg_blocks_too_long} (not in the reference; see slackapi/bolt-js#2509 and #2867). Ours stays
     * well under it, leaving room for what Slack counts besides the texts.
     */
    public static final int MESSAGE_TEXT = 10_000;
    /** chat.postMessage's {@code text}: Slack truncates beyond 40,000; a notification needs far less. */
    public static final int FALLBACK_TEXT = 3000;

    public static final int SECTION_TEXT = 3000;
    public static final int FIELDS = 10;
    public static final int FIELD_TEXT = 2000;
    public static final int HEADER_TEXT = 150;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int CONTEXT_TEXT = 3000;
    public static final int ACTION_ELEMENTS = 25;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int ID = 255;
    public static final int OPTIONS = 100;
    public static final int OPTION_TEXT = 75;
    public static final int OPTION_VALUE = 150;
    public static final int INPUT_VALUE = 3000;

    private SlackLimits() {}

    /**
     * The blocks within {@code maxBlocks} and {@code maxText} characters of text. When they are
     * not, the blocks that fit are kept in order (a section that fits only in part is cut between
     * lines), every row of buttons is kept, and a context block with {@code notice} (the reader's
     * words for "the rest is not shown") marks the cut.
     */
    public static List<LayoutBlock> fit(List<LayoutBlock> blocks, int maxBlocks, int maxText, String notice) {
        blocks.forEach(SlackLimits::clamp);
        if (blocks.size() <= maxBlocks && textLength(blocks) <= maxText) {
            return blocks;
        }
        LayoutBlock note = Mrkdwn.context(notice);
        int roomBlocks = maxBlocks - 1;
        int roomText = maxText - textLength(note);
        for (LayoutBlock block : blocks) {
            if (block instanceof ActionsBlock) {
                roomBlocks--;
                roomText -= textLength(block);
            }
        }
        List<LayoutBlock> kept = new ArrayList<>();
        boolean cut = false;
        for (LayoutBlock block : blocks) {
            if (block instanceof ActionsBlock) {
                kept.add(block);
                continue;
            }
            if (cut) {
                continue;
            }
            int size = textLength(block);
            if (roomBlocks > 0 && size <= roomText) {
                kept.add(block);
                roomBlocks--;
                roomText -= size;
                continue;
            }
            if (roomBlocks > 0 && roomText > 200 && isPlainSection(block)) {
                String text = ((SectionBlock) block).getText().getText();
                kept.add(Mrkdwn.section(Mrkdwn.cutAtLine(text, roomText)));
            }
            kept.add(note);
            cut = true;
        }
        return kept;
    }

    /** The characters of text in the blocks, as Slack adds them up for a message. */
    public static int textLength(List<LayoutBlock> blocks) {
        return blocks.stream().mapToInt(SlackLimits::textLength).sum();
    }

    static int textLength(LayoutBlock block) {
        if (block instanceof SectionBlock section) {
            int fields = section.getFields() == null
                    ? 0
                    : section.getFields().stream().mapToInt(SlackLimits::length).sum();
            return length(section.getText()) + fields;
        }
        if (block instanceof ContextBlock context) {
            return context.getElements().stream()
                    .mapToInt(element -> element instanceof TextObject text ? length(text) : 0)
                    .sum();
        }
        if (block instanceof HeaderBlock header) {
            return length(header.getText());
        }
        if (block instanceof ActionsBlock actions) {
            return actions.getElements().stream()
                    .mapToInt(element -> element instanceof ButtonElement button
                            ? length(button.getText()) + length(button.getValue())
                            : 0)
                    .sum();
        }
        return 0;
    }

    /** Cuts each part of a block to Slack's limit for it (a safety net: renderers cut more kindly). */
    static void clamp(LayoutBlock block) {
        if (block instanceof SectionBlock section) {
            clampText(section.getText(), SECTION_TEXT);
            if (section.getFields() != null) {
                if (section.getFields().size() > FIELDS) {
                    section.setFields(new ArrayList<>(section.getFields().subList(0, FIELDS)));
                }
                section.getFields().forEach(field -> clampText(field, FIELD_TEXT));
            }
        } else if (block instanceof ContextBlock context) {
            List<ContextBlockElement> elements = context.getElements();
            if (elements.size() > CONTEXT_ELEMENTS) {
                context.setElements(new ArrayList<>(elements.subList(0, CONTEXT_ELEMENTS)));
            }
            context.getElements().forEach(element -> {
                if (element instanceof TextObject text) {
                    clampText(text, CONTEXT_TEXT);
                }
            });
        } else if (block instanceof HeaderBlock header) {
            clampText(header.getText(), HEADER_TEXT);
        } else if (block instanceof ActionsBlock actions) {
            List<BlockElement> elements = actions.getElements();
            if (elements.size() > ACTION_ELEMENTS) {
                actions.setElements(new ArrayList<>(elements.subList(0, ACTION_ELEMENTS)));
            }
            actions.getElements().forEach(element -> {
                if (element instanceof ButtonElement button) {
                    clampText(button.getText(), BUTTON_TEXT);
                    if (button.getValue() != null && button.getValue().length() > BUTTON_VALUE) {
                        button.setValue(Mrkdwn.cut(button.getValue(), BUTTON_VALUE));
                    }
                }
            });
        }
    }

    private static boolean isPlainSection(LayoutBlock block) {
        return block instanceof SectionBlock section
                && section.getText() != null
                && (section.getFields() == null || section.getFields().isEmpty())
                && section.getAccessory() == null;
    }

    private static void clampText(TextObject text, int limit) {
        if (text instanceof MarkdownTextObject markdown && length(markdown) > limit) {
            markdown.setText(Mrkdwn.cut(markdown.getText(), limit));
        } else if (text instanceof PlainTextObject plain && length(plain) > limit) {
            plain.setText(Mrkdwn.cut(plain.getText(), limit));
        }
    }

    private static int length(TextObject text) {
        if (text instanceof MarkdownTextObject markdown) {
            return length(markdown.getText());
        }
        return text instanceof PlainTextObject plain ? length(plain.getText()) : 0;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
