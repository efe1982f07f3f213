package io.salesbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RawSignatureTests {

    static final long NOW = Instant.parse("2026-11-27T10:00:00Z").toEpochMilli();
    static final long NOW_S = NOW / 1000;

    private final RawSignature signature = new RawSignature(RequestGateTests.SECRET);

    @ParameterizedTest(name = "{0} s away: {1}")
    @CsvSource({
        "0, true",
        "-299, true",
        "299, true",
        "-301, false",
        "301, false",
        "-360, false",
        "360, false",
        "3600, false",
        "-86400, false"
    })
    void aTimestampMustBeWithinFiveMinutesEitherWay(long skew, boolean fresh) {
        byte[] body = "text=hi".getBytes(StandardCharsets.US_ASCII);
        String ts = Long.toString(NOW_S + skew);

        assertThat(signature.verifies(body, ts, RequestGateTests.signature(ts, body), NOW))
                .isEqualTo(fresh);
    }

    @Test
    void boltAloneWouldTakeATimestampFromTheFuture() {
        // Why the rule is ours: Bolt's verifier only refuses the past.
        assertThat(SlackSignature.TimestampVerifier.isValidTimestamp(Long.toString(NOW_S + 3600), NOW))
                .isTrue();
        assertThat(RawSignature.fresh(Long.toString(NOW_S + 3600), NOW)).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                " 1796282400",
                "+1796282400",
                "-1796282400",
                "1796282400 ",
                "0x6B0E8A20",
                "١٧٩٦٢٨٢٤٠٠",
                "99999999999999999999",
                "9223372036854775807",
                "1.7962824E9"
            })
    void aTimestampIsPlainAsciiDigitsOrNothing(String timestamp) {
        assertThat(RawSignature.fresh(timestamp, NOW)).isFalse();
        assertThat(RawSignature.fresh(null, NOW)).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "v0=",
                "v1=0000000000000000000000000000000000000000000000000000000000000000",
                "v0=00000000000000000000000000000000000000000000000000000000000000",
                "sha256=abc"
            })
    void aSignatureOfTheWrongFormIsNotEvenHashedFor(String signed) {
        assertThat(signature.plausible(Long.toString(NOW_S), signed, NOW)).isFalse();
        assertThat(signature.plausible(Long.toString(NOW_S), null, NOW)).isFalse();
    }

    @Test
    void theSignatureCoversTheExactBytes() {
        byte[] body = {'t', 'e', 'x', 't', '=', (byte) 0xC3, (byte) 0x28};
        String ts = Long.toString(NOW_S);
        String signed = RequestGateTests.signature(ts, body);

        assertThat(signature.verifies(body, ts, signed, NOW)).isTrue();
        body[6] = 0x29;
        assertThat(signature.verifies(body, ts, signed, NOW)).isFalse();
        assertThat(signature.verifies(body, ts, signed.toUpperCase(), NOW)).isFalse();
    }
}
