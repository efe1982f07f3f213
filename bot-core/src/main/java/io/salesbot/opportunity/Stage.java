package io.salesbot.opportunity;

import io.salesbot.common.Probability;
import io.salesbot.common.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One step of a workspace's pipeline, with the probability a deal gets on entering it. */
@Entity
public class Stage {

    static final int MAX_NAME = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    @Column(name = "thai_name")
    private String thaiName;

    private int position;

    @Enumerated(EnumType.STRING)
    private StageKind kind;

    @Column(name = "default_probability")
    private int defaultProbability;

    // Days a deal may stay here before it counts as stuck; null: no limit (the 14-day stale rule).
    @Column(name = "stuck_after_days")
    private Integer stuckAfterDays;

    // The forecast category of the stage's deals that have none of their own (V8).
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category")
    private ForecastCategory forecastCategory;

    protected Stage() {}

    Stage(long workspaceId, String name, String thaiName, int position, StageKind kind, int defaultProbability) {
        this.workspaceId = workspaceId;
        this.name = TextRules.required("name", name, MAX_NAME);
        this.thaiName = TextRules.optional("thaiName", thaiName, MAX_NAME);
        this.position = position;
        this.kind = kind;
        this.defaultProbability = Probability.check("probability", defaultProbability);
        this.forecastCategory = ForecastCategory.defaultFor(kind, this.defaultProbability);
    }

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public String getThaiName() {
        return thaiName;
    }

    /** The name to show a reader of {@code language}: the Thai name for Thai readers when there is one. */
    public String displayName(String language) {
        return "th".equals(language) && thaiName != null ? thaiName : name;
    }

    public int getPosition() {
        return position;
    }

    public StageKind getKind() {
        return kind;
    }

    public int getDefaultProbability() {
        return defaultProbability;
    }

    public ForecastCategory getForecastCategory() {
        return forecastCategory;
    }

    /** The category a deal takes on entering this stage, unless it has its own (closed deals never do). */
    ForecastCategory categoryOnEntry() {
        return switch (kind) {
            case WON -> ForecastCategory.CLOSED;
            case LOST -> ForecastCategory.OMITTED;
            case OPEN -> forecastCategory == null ? ForecastCategory.PIPELINE : forecastCategory;
        };
    }

    /** The probability a deal takes on entering this stage: won is certain, lost is nothing. */
    int probabilityOnEntry() {
        return switch (kind) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> defaultProbability;
        };
    }

    void rename(String newName, String newThaiName) {
        this.name = TextRules.required("name", newName, MAX_NAME);
        if (newThaiName != null) {
            this.thaiName = TextRules.optional("thaiName", newThaiName, MAX_NAME);
        }
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Days a deal may stay in this stage before it counts as stuck, or null for no limit. */
    public Integer getStuckAfterDays() {
        return stuckAfterDays;
    }

    void limitStay(Integer days) {
        this.stuckAfterDays = days;
    }

    void changeForecastCategory(ForecastCategory category) {
        this.forecastCategory = category;
    }

    void changeDefaultProbability(int percent) {
        this.defaultProbability = Probability.check("probability", percent);
    }
}
