package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.salesbot.values.Token.Option;
import io.salesbot.values.Token.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTests {

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void splitsLinesIntoWordsAndOptions(String line, List<Token> expected) {
        assertThat(Tokenizer.tokenize(line)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // The example from the command spec.
                arguments(
                        "new \"Acme ERP\" amount:1.2m close:\"31/12/2569\" campaign:\"Expo 2026\" ลูกค้า",
                        List.of(
                                w("new"),
                                w("Acme ERP"),
                                o("amount", "1.2m"),
                                o("close", "31/12/2569"),
                                o("campaign", "Expo 2026"),
                                w("ลูกค้า"))),
                // Curly quotes as Slack, macOS and iOS insert them, alone and mixed with straight ones.
                arguments("new “Acme ERP”", List.of(w("new"), w("Acme ERP"))),
                arguments("new ‘Acme ERP’", List.of(w("new"), w("Acme ERP"))),
                arguments("new 'Acme ERP'", List.of(w("new"), w("Acme ERP"))),
                arguments("new \"Acme ERP”", List.of(w("new"), w("Acme ERP"))),
                arguments("new ”Acme ERP”", List.of(w("new"), w("Acme ERP"))),
                arguments("campaign:“Expo 2026” x", List.of(o("campaign", "Expo 2026"), w("x"))),
                arguments("campaign:‘Expo 2026’", List.of(o("campaign", "Expo 2026"))),
                // Apostrophes are not quotes unless they open a token.
                arguments("O'Brien deal", List.of(w("O'Brien"), w("deal"))),
                arguments("'Sam's deal' next", List.of(w("Sam's deal"), w("next"))),
                arguments("“Bob’s Pizza”", List.of(w("Bob’s Pizza"))),
                arguments("\"it's 'fine'\"", List.of(w("it's 'fine'"))),
                arguments("size 5\" screen", List.of(w("size"), w("5\""), w("screen"))),
                // Keys.
                arguments("Amount:5", List.of(o("amount", "5"))),
                arguments("CLOSE_DATE:x close-date:y", List.of(o("close_date", "x"), o("close-date", "y"))),
                arguments("amount: next", List.of(o("amount", ""), w("next"))),
                arguments("amount:\"\"", List.of(o("amount", ""))),
                arguments("amount:''", List.of(o("amount", ""))),
                arguments("note:a:b", List.of(o("note", "a:b"))),
                arguments("mailto:a@b.co", List.of(o("mailto", "a@b.co"))),
                arguments("amount:๑.๒ล้าน", List.of(o("amount", "๑.๒ล้าน"))),
                // Not keys: stay words.
                arguments("http://x", List.of(w("http://x"))),
                arguments("see https://acme.co.th/deal?id=1", List.of(w("see"), w("https://acme.co.th/deal?id=1"))),
                arguments("meet 10:30", List.of(w("meet"), w("10:30"))),
                arguments(":smile: :", List.of(w(":smile:"), w(":"))),
                arguments("_x:1 x1:2", List.of(w("_x:1"), w("x1:2"))),
                arguments("ราคา:๑.๒ล้าน", List.of(w("ราคา:๑.๒ล้าน"))),
                arguments("\"amount:5\"", List.of(w("amount:5"))),
                // Unclosed quotes take the rest of the line.
                arguments("new \"Acme ERP amount:5", List.of(w("new"), w("Acme ERP amount:5"))),
                arguments("campaign:\"Expo 2026", List.of(o("campaign", "Expo 2026"))),
                arguments("x \"", List.of(w("x"), w(""))),
                arguments("\"Acme\"Corp y", List.of(w("Acme\"Corp y"))),
                // Escapes inside quotes; backslashes elsewhere are literal.
                arguments("\"say \\\"hi\\\" now\"", List.of(w("say \"hi\" now"))),
                arguments("'it\\'s'", List.of(w("it's"))),
                arguments("\"a\\\\b\"", List.of(w("a\\b"))),
                arguments("\"C:\\temp\"", List.of(w("C:\\temp"))),
                arguments("path:C:\\temp", List.of(o("path", "C:\\temp"))),
                arguments("\"end\\\\\" x", List.of(w("end\\"), w("x"))),
                // Whitespace of every kind separates and collapses, in and out of quotes.
                arguments("  new\t\t\"Acme \t ERP\"\u00a0x\n", List.of(w("new"), w("Acme ERP"), w("x"))),
                arguments("\" Acme \"", List.of(w("Acme"))),
                arguments("a\u2003b\u3000c\u202fd", List.of(w("a"), w("b"), w("c"), w("d"))),
                arguments("new\u200b \u200b \ufeffx", List.of(w("new"), w("x"))),
                arguments("am\u200bount:5", List.of(o("amount", "5"))),
                arguments("\"\"", List.of(w(""))),
                arguments("", List.of()),
                arguments(" \t\u00a0\n", List.of()),
                arguments("\u200b", List.of()),
                // Thai and emoji anywhere.
                arguments(
                        "ขาย \"บริษัท เอ จำกัด\" ลูกค้าใหม่ 😀",
                        List.of(w("ขาย"), w("บริษัท เอ จำกัด"), w("ลูกค้าใหม่"), w("😀"))),
                arguments("note:\"ลูกค้า สนใจมาก\"", List.of(o("note", "ลูกค้า สนใจมาก"))));
    }

    @Test
    void handlesATenKilobyteLine() {
        StringBuilder line = new StringBuilder();
        List<Token> expected = new ArrayList<>();
        for (int i = 0; line.length() < 10_240; i++) {
            line.append("key").append(i % 2 == 0 ? ":\"ค่า " + i + "\" " : " ");
            expected.add(i % 2 == 0 ? o("key", "ค่า " + i) : w("key"));
        }

        assertThat(Tokenizer.tokenize(line.toString())).containsExactlyElementsOf(expected);
        assertThat(Tokenizer.tokenize("\"" + "ก ".repeat(5_000))).hasSize(1);
    }

    @Test
    void returnsAnUnmodifiableList() {
        assertThatThrownBy(() -> Tokenizer.tokenize("a b").add(w("c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void throwsOnlyForNull() {
        assertThatThrownBy(() -> Tokenizer.tokenize(null)).isInstanceOf(NullPointerException.class);
    }

    private static Word w(String text) {
        return new Word(text);
    }

    private static Option o(String key, String value) {
        return new Option(key, value);
    }
}
