package io.salesbot.slack.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Slack request body read strictly as UTF-8, before Bolt reads it leniently. Bolt's form decoding
 * turns bytes that are not UTF-8 into U+FFFD without a word, and we would store that instead of
 * what was sent; here a form's fields are percent-decoded to bytes and each must decode without
 * error (no stray, overlong, surrogate or truncated sequences). A JSON body (Events API) is
 * checked as a whole. {@code unreadable} names the first field that fails ("body" for JSON), or
 * is null when every byte is good text; {@code fields} holds the fields that were readable.
 */
record CheckedBody(Map<String, String> fields, String unreadable) {

    static CheckedBody of(byte[] raw) {
        if (json(raw)) {
            return new CheckedBody(Map.of(), utf8(raw) == null ? "body" : null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String unreadable = null;
        // One pass: each field's end and its first '=' are found by scanning that field only, so
        // the work is linear in the body whatever its shape (all '&', all '=', one huge field).
        int start = 0;
        while (start <= raw.length) {
            int end = start;
            int eq = -1;
            while (end < raw.length && raw[end] != '&') {
                if (eq < 0 && raw[end] == '=') {
                    eq = end;
                }
                end++;
            }
            int nameEnd = eq >= 0 ? eq : end;
            String name = text(raw, start, nameEnd);
            String value = nameEnd == end ? "" : text(raw, nameEnd + 1, end);
            if (name == null || value == null) {
                unreadable = unreadable != null ? unreadable : plainName(name);
            } else if (end > start) {
                fields.put(name, value);
            }
            start = end + 1;
        }
        return new CheckedBody(Map.copyOf(fields), unreadable);
    }

    // The name goes into a log line and a reply: only Slack's own kind of field name is repeated.
    private static String plainName(String name) {
        return name != null && name.matches("[a-z_]{1,40}") ? name : "a field";
    }

    boolean readable() {
        return unreadable == null;
    }

    private static boolean json(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{';
            }
        }
        return false;
    }

    /** The percent-decoded text of {@code raw[from, to)}, or null when it is not valid UTF-8. */
    private static String text(byte[] raw, int from, int to) {
        return from == to ? "" : utf8(percentDecoded(raw, from, to));
    }

    /** The text of these bytes, or null when they are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** {@code %XX} to its byte and {@code +} to a space; null for a {@code %} without two hex digits. */
    private static byte[] percentDecoded(byte[] raw, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '%') {
                int high = i + 2 < to ? Character.digit(raw[i + 1], 16) : -1;
                int low = i + 2 < to ? Character.digit(raw[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                out.write(high << 4 | low);
                i += 2;
            } else {
                out.write(b == '+' ? ' ' : b);
            }
        }
        return out.toByteArray();
    }
}
