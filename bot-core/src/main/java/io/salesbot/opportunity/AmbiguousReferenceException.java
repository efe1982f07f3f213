package io.salesbot.opportunity;

import io.salesbot.common.InvalidInputException;
import java.util.List;

/** A name part matched several deals; {@link #candidates()} is the "did you mean" list. */
public class AmbiguousReferenceException extends InvalidInputException {

    private final List<DealSummary> candidates;

    AmbiguousReferenceException(String part, List<DealSummary> candidates) {
        super("ref", "error.ref.ambiguous", part, candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<DealSummary> candidates() {
        return candidates;
    }
}
