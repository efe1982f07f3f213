package io.salesbot.notification;

import io.salesbot.common.MoneyRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What one channel hears: which deal events, from what amount, and when its digest comes. */
@Entity
@Table(name = "channel_subscription")
public class ChannelSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "channel_id")
    private String channelId;

    private String events;

    @Column(name = "min_amount")
    private BigDecimal minAmount;

    @Column(name = "digest_day")
    private String digestDay;

    @Column(name = "digest_time")
    private LocalTime digestTime;

    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ChannelSubscription() {}

    ChannelSubscription(long workspaceId, String channelId, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.channelId = channelId;
        this.events = "";
        this.createdAt = createdAt;
    }

    void hear(Set<NotificationKind> kinds, BigDecimal minimum) {
        this.events = kinds.stream().map(NotificationKind::word).sorted().collect(Collectors.joining(","));
        this.minAmount = minimum == null ? null : MoneyRules.amount("min", minimum);
    }

    void digestOn(DayOfWeek day, LocalTime time) {
        this.digestDay = day == null ? null : day.name();
        this.digestTime = time;
    }

    void digestSent(LocalDate on) {
        this.lastDigestOn = on;
    }

    /** Whether a deal event of this kind and amount is for this channel. */
    boolean hears(NotificationKind kind, BigDecimal amount) {
        return kinds().contains(kind) && (minAmount == null || amount.compareTo(minAmount) >= 0);
    }

    public Set<NotificationKind> kinds() {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(events.split(","))
                .filter(word -> !word.isBlank())
                .forEach(word -> kinds.add(NotificationKind.valueOf(word.toUpperCase(java.util.Locale.ROOT))));
        return kinds;
    }

    public boolean isEmpty() {
        return kinds().isEmpty() && digestDay == null;
    }

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getChannelId() {
        return channelId;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public DayOfWeek getDigestDay() {
        return digestDay == null ? null : DayOfWeek.valueOf(digestDay);
    }

    public LocalTime getDigestTime() {
        return digestTime;
    }

    public LocalDate getLastDigestOn() {
        return lastDigestOn;
    }
}
