package io.salesbot.opportunity;

import io.salesbot.common.Nearest;
import io.salesbot.common.NotFoundException;
import io.salesbot.workspace.Actor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Resolves what a person typed to exactly one deal of their workspace. A name part that fits
 * several deals is refused with the candidates; an exact name wins over partial matches.
 */
@Component
class DealFinder {

    private static final int CANDIDATES = 5;
    private static final int NAMES_SCANNED = 50;
    private static final int MOST_NAME_WORDS = 6;

    /**
     * How many open deals a mistyped name is compared with, most recently active first: enough for
     * any team's working set, few enough that a typo in a workspace of a million deals costs one
     * indexed read.
     */
    private static final int NAMES_COMPARED = 500;

    private final Opportunities opportunities;
    private final DealViews views;
    private final EntityManager entityManager;

    DealFinder(Opportunities opportunities, DealViews views, EntityManager entityManager) {
        this.opportunities = opportunities;
        this.entityManager = entityManager;
        this.views = views;
    }

    /**
     * Finds the deal to change it, re-reading it under its row lock (held until the transaction
     * ends). Changes to one deal then queue instead of deadlocking: a new history row locks the
     * deal's row for its foreign key before the deal's own update would.
     */
    Opportunity findForChange(Actor actor, String typed) {
        // A deal by number, when this transaction has read no deal yet, is read once, locked. A
        // deal it may already hold would come back as held, not as the lock found it, so a name
        // (read unlocked to resolve it) or a deal already read is re-read under the lock.
        if (DealRef.parse(typed) instanceof DealRef.ByNumber && !holdsAnyDeal()) {
            return find(actor, typed, opportunities::lockByNumber);
        }
        Opportunity deal = find(actor, typed);
        entityManager.refresh(deal, LockModeType.PESSIMISTIC_WRITE);
        return deal;
    }

    private boolean holdsAnyDeal() {
        // Session#getManagedEntities fails in Hibernate 7.2 on a context that held nothing yet.
        return entityManager.unwrap(Session.class).getStatistics().getEntityKeys().stream()
                .anyMatch(key -> ((EntityKey) key).getEntityName().equals(Opportunity.class.getName()));
    }

    /** {@link #find}, for a card: a deal by number comes with its type and lines in one read. */
    Opportunity findToView(Actor actor, String typed) {
        return find(actor, typed, opportunities::readByNumber);
    }

    Opportunity find(Actor actor, String typed) {
        return find(actor, typed, opportunities::findByWorkspaceIdAndNumber);
    }

    /** The deal typed: by number as {@code byNumber} reads it, by name as {@link #byName} finds it. */
    private Opportunity find(Actor actor, String typed, ByNumber byNumber) {
        DealRef ref = DealRef.parse(typed);
        if (ref instanceof DealRef.ByNumber number) {
            return byNumber.read(actor.workspaceId(), number.number())
                    .orElseThrow(() -> new NotFoundException("error.deal.unknown", typed.strip()));
        }
        return byName(actor, ((DealRef.ByName) ref).part());
    }

    /** One of the repository's reads of a deal by workspace and number. */
    @FunctionalInterface
    private interface ByNumber {
        java.util.Optional<Opportunity> read(long workspaceId, int number);
    }

    private Opportunity byName(Actor actor, String part) {
        List<Opportunity> matches = opportunities.findByNameContaining(
                actor.workspaceId(), escapeLike(part), PageRequest.of(0, CANDIDATES + 1));
        if (matches.isEmpty()) {
            throw new NotFoundException("error.deal.unknown", part).withNearest(nearestOpenNames(actor, part));
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        List<Opportunity> exact =
                matches.stream().filter(o -> o.getName().equalsIgnoreCase(part)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        throw new AmbiguousReferenceException(
                part, views.summaries(actor, matches.subList(0, Math.min(CANDIDATES, matches.size()))));
    }

    /**
     * Where the deal's name ends in a run of words that a command line split after its first word
     * ({@code acme} + {@code erp in progress}): the longest run that names a deal exactly ({@code
     * acme erp} is "Acme ERP", even beside "CRM Acme Thailand") becomes the reference and the rest
     * stays the text. A number, or no exact name, leaves both as they were; so does a run that
     * would leave no text when {@code textRequired}.
     */
    Leading leading(Actor actor, String ref, String text, boolean textRequired) {
        if (text == null || text.isBlank() || !(DealRef.parse(ref) instanceof DealRef.ByName byName)) {
            return new Leading(ref, text);
        }
        String[] words = text.strip().split("\\s+");
        List<String> names = opportunities
                .findByNameContaining(actor.workspaceId(), escapeLike(byName.part()), PageRequest.of(0, NAMES_SCANNED))
                .stream()
                .map(deal -> spaced(deal.getName()))
                .toList();
        int most = Math.min(words.length - (textRequired ? 1 : 0), MOST_NAME_WORDS);
        for (int count = most; count > 0; count--) {
            String candidate = byName.part() + " " + String.join(" ", Arrays.copyOfRange(words, 0, count));
            if (names.contains(spaced(candidate))) {
                String rest =
                        count == words.length ? null : String.join(" ", Arrays.copyOfRange(words, count, words.length));
                return new Leading(candidate, rest);
            }
        }
        if (!names.contains(spaced(byName.part()))) {
            refuseATypoOfAName(actor, byName.part(), words, most);
        }
        return new Leading(ref, text);
    }

    /**
     * No run of words names a deal exactly, nor does the reference alone: the longest run that is
     * a typo of an open deal's name ({@code acm erp} for "Acme ERP") asks the person which deal
     * they meant, rather than the bot guessing which deal to change and which words are the text.
     */
    private void refuseATypoOfAName(Actor actor, String part, String[] words, int most) {
        List<String> open = openNames(actor);
        for (int count = most; count > 0; count--) {
            String candidate = part + " " + String.join(" ", Arrays.copyOfRange(words, 0, count));
            List<String> close = nearest(candidate, open);
            if (!close.isEmpty()) {
                throw new NotFoundException("error.deal.unknown", candidate).withNearest(close);
            }
        }
    }

    /**
     * The open deals' names closest to {@code typed} by edit distance, best first (at most three):
     * each name is compared whole and by every run of as many words as were typed, since people
     * type a part of a name ({@code acme erpp} for "Acme ERP Phase 2").
     */
    private List<String> nearestOpenNames(Actor actor, String typed) {
        return nearest(typed, openNames(actor));
    }

    private List<String> openNames(Actor actor) {
        return opportunities.openNames(actor.workspaceId(), PageRequest.of(0, NAMES_COMPARED)).stream()
                .distinct()
                .toList();
    }

    private static List<String> nearest(String typed, List<String> names) {
        int typedWords = typed.strip().split("\\s+").length;
        return Nearest.to(typed, names, name -> runsOf(name, typedWords));
    }

    /** The name itself and each run of {@code length} consecutive words of it. */
    private static List<String> runsOf(String name, int length) {
        String[] words = name.strip().split("\\s+");
        List<String> runs = new ArrayList<>();
        runs.add(name);
        for (int from = 0; from + length <= words.length && length < words.length; from++) {
            runs.add(String.join(" ", Arrays.copyOfRange(words, from, from + length)));
        }
        return runs;
    }

    /** A deal reference and the text after it, as {@link #leading} read them apart. */
    record Leading(String ref, String text) {}

    private static String spaced(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
