package io.salesbot.bench.load;

import java.util.List;
import java.util.Random;

/**
 * The commands sent under load, a third each of {@code /opp stage}, {@code /opp new} and
 * {@code /opp show}, from several users of one team over deals created beforehand. A stage change
 * goes to the deal's owner (reps change their own deals) and alternates the deal between the two
 * open stages, so every change is a real one; a deal with a command in flight is not picked for
 * another change, so two changes of one deal never race and fail as "already in that stage".
 */
final class CommandMix {

    /** The three commands measured. */
    enum Kind {
        STAGE,
        NEW,
        SHOW
    }

    /**
     * One command: who sends it (platform user id), the text after {@code /opp}, the deal it is
     * about (0 for new) and, for a stage change, the stage as typed.
     */
    record Command(Kind kind, String user, String text, int deal, String stage) {}

    /** The open stages of a new workspace, as typed: a deal alternates between them. */
    static final String[] OPEN_STAGES = {"wait", "inprogress"};

    private final List<String> users;
    private final int[] owners;
    private final boolean[] inSecondStage;
    private final boolean[] busy;
    private final Random random = new Random(20261127);
    private int created;

    /**
     * @param users platform user ids of the team
     * @param owners owner (index into users) of deal number {@code i + 1}; every deal starts in
     *     the first open stage
     */
    CommandMix(List<String> users, int[] owners) {
        this.users = List.copyOf(users);
        this.owners = owners.clone();
        this.inSecondStage = new boolean[owners.length];
        this.busy = new boolean[owners.length];
    }

    List<String> users() {
        return users;
    }

    int deals() {
        return owners.length;
    }

    synchronized Command next() {
        return switch (Kind.values()[random.nextInt(3)]) {
            case STAGE -> stage();
            case NEW -> create();
            case SHOW -> {
                int deal = 1 + random.nextInt(owners.length);
                yield new Command(Kind.SHOW, randomUser(), "show #" + deal, deal, null);
            }
        };
    }

    /** Marks a command finished; a stage change that succeeded moves the deal's known stage. */
    synchronized void done(Command command, boolean succeeded) {
        if (command.kind() == Kind.STAGE) {
            busy[command.deal() - 1] = false;
            if (succeeded) {
                inSecondStage[command.deal() - 1] = !inSecondStage[command.deal() - 1];
            }
        }
    }

    /**
     * Takes each deal's stage as the database has it. A command that timed out here may still
     * have been carried out there; between steps this puts the two back in line.
     */
    synchronized void resync(java.util.function.IntPredicate inSecondOpenStage) {
        for (int deal = 1; deal <= owners.length; deal++) {
            inSecondStage[deal - 1] = inSecondOpenStage.test(deal);
        }
    }

    private Command stage() {
        int deal = 1 + random.nextInt(owners.length);
        for (int tries = 0; busy[deal - 1] && tries < owners.length; tries++) {
            deal = deal % owners.length + 1;
        }
        busy[deal - 1] = true;
        String to = OPEN_STAGES[inSecondStage[deal - 1] ? 0 : 1];
        return new Command(Kind.STAGE, users.get(owners[deal - 1]), "stage #" + deal + " " + to, deal, to);
    }

    private Command create() {
        created++;
        return new Command(
                Kind.NEW,
                randomUser(),
                "new \"Load deal " + created + "\" amount:" + (10 + random.nextInt(990)) + "k customer:\"Customer "
                        + random.nextInt(500) + "\"",
                0,
                null);
    }

    private String randomUser() {
        return users.get(random.nextInt(users.size()));
    }
}
