package io.salesbot.reply;

/**
 * A member a reply names. A platform that has mentions writes one for {@code userId} itself: the
 * mention is our markup around an id the platform gave us, never people's text. Without an id, or
 * where a platform has no mentions (the console), the member's {@code name} is shown as people's
 * text.
 */
public record Mention(String userId, String name) {

    public boolean hasUserId() {
        return userId != null && !userId.isBlank();
    }
}
