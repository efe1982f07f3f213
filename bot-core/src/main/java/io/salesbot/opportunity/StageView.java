package io.salesbot.opportunity;

/** A stage as shown to people, with both of its names. */
public record StageView(
        long id,
        String name,
        String thaiName,
        int position,
        StageKind kind,
        int defaultProbability,
        ForecastCategory forecastCategory) {

    /** A stage whose category is the default for its kind and probability. */
    public StageView(long id, String name, String thaiName, int position, StageKind kind, int defaultProbability) {
        this(
                id,
                name,
                thaiName,
                position,
                kind,
                defaultProbability,
                ForecastCategory.defaultFor(kind, defaultProbability));
    }

    static StageView of(Stage stage) {
        return stage == null
                ? null
                : new StageView(
                        // a stage not saved yet (say, named in an error before it is) has no id
                        stage.getId() == null ? 0 : stage.getId(),
                        stage.getName(),
                        stage.getThaiName(),
                        stage.getPosition(),
                        stage.getKind(),
                        stage.getDefaultProbability(),
                        stage.getForecastCategory() == null
                                ? ForecastCategory.defaultFor(stage.getKind(), stage.getDefaultProbability())
                                : stage.getForecastCategory());
    }

    /** The Thai name for Thai readers when there is one. */
    public String displayName(String language) {
        return "th".equals(language) && thaiName != null ? thaiName : name;
    }
}
