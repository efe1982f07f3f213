package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a deal card shows, read inside the transaction so renderers never touch entities:
 * who the deal is with, where it stands, what it is worth, whose it is and where it came from.
 * {@code version} is the one the reader saw, carried by the card's buttons and forms. {@code
 * nextStep} is what is to be done next (null: nothing planned).
 */
public record DealView(
        long id,
        int number,
        String name,
        String customer,
        int version,
        Progress progress,
        Revenue revenue,
        Owner owner,
        Origin origin,
        String description,
        List<LineView> lines,
        NextStep nextStep,
        AlertSnooze snooze) {

    /** A deal without a next step (nor snoozed alerts). */
    public DealView(
            long id,
            int number,
            String name,
            String customer,
            int version,
            Progress progress,
            Revenue revenue,
            Owner owner,
            Origin origin,
            String description,
            List<LineView> lines) {
        this(id, number, name, customer, version, progress, revenue, owner, origin, description, lines, null, null);
    }

    public boolean isClosed() {
        return progress.stage().kind().isClosed();
    }

    /**
     * Where the deal stands. {@code nextStage} is the next open stage (or the won stage after the
     * last open one), for the card's "next stage" button; null when the deal is closed. {@code
     * probabilityExplicit} is false while the probability is the stage's default. {@code moves} are the
     * stages the deal may be moved to (open ones other than its own; none once closed), for a
     * card's stage menu, taken from the same read of the pipeline as the next stage. {@code
     * category} is the forecast category the deal counts in, its owner's choice when {@code
     * categoryExplicit}, else its stage's.
     */
    public record Progress(
            StageView stage,
            StageView nextStage,
            int probability,
            boolean probabilityExplicit,
            LocalDate closeDate,
            String lostReason,
            List<StageView> moves,
            ForecastCategory category,
            boolean categoryExplicit,
            int slipCount) {

        public Progress {
            moves = List.copyOf(moves);
            category = category == null && stage != null ? stage.forecastCategory() : category;
        }

        /** A deal following its stage's category, its close date never pushed out. */
        public Progress(
                StageView stage,
                StageView nextStage,
                int probability,
                boolean probabilityExplicit,
                LocalDate closeDate,
                String lostReason,
                List<StageView> moves) {
            this(stage, nextStage, probability, probabilityExplicit, closeDate, lostReason, moves, null, false, 0);
        }
    }

    /**
     * What the deal is worth, in the workspace's currency: the estimate, typed by a person when
     * {@code amountExplicit} or else the sum of the lines, and the expected revenue (estimate ×
     * probability), derived and never stored.
     */
    public record Revenue(BigDecimal estimated, boolean amountExplicit, BigDecimal expected, String currency) {}

    /**
     * The member who owns the deal; {@code userId} is their platform user id (for an adapter to
     * refresh what it shows them), null when not known.
     */
    public record Owner(long id, String name, String userId) {

        public Owner(long id, String name) {
            this(id, name, null);
        }
    }

    /** What kind of business the deal is and where it came from; each part is null when unset. */
    public record Origin(String type, String campaign, Integer leadNumber, String leadSource) {}
}
