package io.salesbot.discord.fake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Faults waiting for the calls they are meant for: each meets the first matching call, once. */
final class FaultScript {

    private record Scripted(Predicate<RecordedCall> which, Fault fault) {}

    private final List<Scripted> scripted = new ArrayList<>();

    synchronized void add(Predicate<RecordedCall> which, Fault fault) {
        scripted.add(new Scripted(which, fault));
    }

    synchronized Optional<Fault> takeFor(RecordedCall call) {
        for (Iterator<Scripted> pending = scripted.iterator(); pending.hasNext(); ) {
            Scripted next = pending.next();
            if (next.which().test(call)) {
                pending.remove();
                return Optional.of(next.fault());
            }
        }
        return Optional.empty();
    }
}
