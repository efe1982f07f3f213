package io.salesbot.bench.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slack's v0 request signature: hex HMAC-SHA256 of {@code "v0:" + timestamp + ":" + body}. */
final class SlackSignature {

    private final ThreadLocal<Mac> macs;

    SlackSignature(String secret) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The {@code X-Slack-Signature} header value for a body sent at {@code epochSecond}. */
    String sign(long epochSecond, String body) {
        byte[] digest = macs.get().doFinal(("v0:" + epochSecond + ":" + body).getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(digest);
    }
}
