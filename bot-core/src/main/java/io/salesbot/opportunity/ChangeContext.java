package io.salesbot.opportunity;

import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import java.time.Instant;

/** Who makes a change, from which platform, and when: stamped on every history entry. */
record ChangeContext(long memberId, Platform platform, Instant at) {

    static ChangeContext of(Actor actor, Instant at) {
        return new ChangeContext(actor.memberId(), actor.platform(), at);
    }
}
