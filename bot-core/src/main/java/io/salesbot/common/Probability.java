package io.salesbot.common;

/** Probabilities are whole percents from 0 to 100. */
public final class Probability {

    private Probability() {}

    public static int check(String field, int percent) {
        if (percent < 0 || percent > 100) {
            throw new InvalidInputException(field, "error.probability.range", percent);
        }
        return percent;
    }
}
