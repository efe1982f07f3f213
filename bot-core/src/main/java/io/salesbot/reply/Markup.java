package io.salesbot.reply;

/**
 * How a platform writes people's text (deal names, notes, member names, stage and campaign names)
 * into its formatted messages so that it reads as the same text and nothing more: no mention, no
 * link, no formatting. The {@link Localizer} calls it for every such value where the value enters
 * a message, knowing whether the message's own words put it inside a code span ({@code `…`}).
 * Our own words (the message bundles) are trusted and pass unchanged.
 */
public interface Markup {

    /** Text that is shown as it is, e.g. in a plain-text field or on the console. */
    Markup PLAIN = new Markup() {
        @Override
        public String text(String people) {
            return people;
        }

        @Override
        public String code(String people) {
            return people;
        }
    };

    /** People's text in running text. */
    String text(String people);

    /** People's text inside a code span of our words, where only closing the span can change its meaning. */
    String code(String people);
}
