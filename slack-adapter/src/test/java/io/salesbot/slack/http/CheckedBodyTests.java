package io.salesbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckedBodyTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Thai, percent-encoded | text=%E0%B8%A3%E0%B8%B0%E0%B8%9A%E0%B8%9A | ระบบ",
                "emoji of four bytes   | text=%F0%9F%9A%80+go                  | 🚀 go",
                "plus and escaped plus | text=a+b%2Bc                          | a b+c",
                "raw UTF-8 is kept     | text=ระบบ                             | ระบบ",
                "empty value           | text=&command=%2Fopp                 | ''"
            })
    void validTextIsReadAsSent(String why, String body, String text) {
        CheckedBody checked = CheckedBody.of(body.getBytes(StandardCharsets.UTF_8));

        assertThat(checked.readable()).isTrue();
        assertThat(checked.fields()).containsEntry("text", text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "C3 28: a lead byte without its continuation | %C3%28",
                "a lone FF                                    | %FF",
                "overlong slash                               | %C0%AF",
                "truncated Thai letter                        | %E0%B8",
                "a surrogate in UTF-8                         | %ED%A0%80",
                "a percent without two hex digits             | %E",
                "a lone continuation byte                     | %80"
            })
    void invalidTextNamesItsField(String why, String bad) {
        byte[] body = ("command=%2Fopp&text=new+" + bad + "+deal&team_id=T1").getBytes(StandardCharsets.US_ASCII);

        CheckedBody checked = CheckedBody.of(body);

        assertThat(checked.readable()).isFalse();
        assertThat(checked.unreadable()).isEqualTo("text");
        assertThat(checked.fields()).containsEntry("command", "/opp").containsEntry("team_id", "T1");
    }

    @org.junit.jupiter.api.Test
    void aFieldIsNamedOnlyWhenItsNameIsPlain() {
        byte[] body = "evil%0Aname%3A=%FF&text=%C3%28".getBytes(StandardCharsets.US_ASCII);

        assertThat(CheckedBody.of(body).unreadable()).isEqualTo("a field");
    }

    @ParameterizedTest(name = "raw {0}")
    @CsvSource({"FF", "C328", "E0B8"})
    void rawBytesThatAreNotUtf8AreCaughtInFormsAndJson(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);

        assertThat(CheckedBody.of(join("text=", bad, "&command=%2Fopp")).unreadable())
                .isEqualTo("text");
        assertThat(CheckedBody.of(join("{\"text\":\"", bad, "\"}")).unreadable())
                .isEqualTo("body");
        assertThat(CheckedBody.of("{\"text\":\"ระบบ 🚀\"}".getBytes(StandardCharsets.UTF_8))
                        .readable())
                .isTrue();
    }

    /*
     * Bodies of a megabyte in the shapes that made the old field scan quadratic (it looked for
     * the next '=' to the end of the body once per field): a million empty fields took minutes.
     * These only say what comes out; that it comes out in linear time shows in the benchmark.
     */
    @org.junit.jupiter.api.Test
    void pathologicalBodiesOfAMegabyteAreReadInOnePass() {
        int mb = 1024 * 1024;

        assertThat(CheckedBody.of(filled(mb, '&')).fields()).isEmpty();
        assertThat(CheckedBody.of(filled(mb, '=')).fields())
                .containsOnlyKeys("")
                .hasEntrySatisfying("", value -> assertThat(value).hasSize(mb - 1));
        assertThat(CheckedBody.of(repeated("a=&", mb)).fields()).containsExactly(java.util.Map.entry("a", ""));
        assertThat(CheckedBody.of(repeated("%41", mb - 1)).fields()).hasSize(1);
        assertThat(CheckedBody.of(repeated("%FF&", mb)).unreadable()).isEqualTo("a field");
        assertThat(CheckedBody.of(repeated("=&", mb)).fields()).containsOnlyKeys("");
        assertThat(CheckedBody.of(filled(mb, ' ')).readable()).isTrue();
    }

    private static byte[] filled(int length, char c) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    private static byte[] repeated(String unit, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) unit.charAt(i % unit.length());
        }
        return bytes;
    }

    private static byte[] join(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
