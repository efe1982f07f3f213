package io.salesbot.call;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.Granularity;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /forecast accuracy}: each rep's quarterly commit against what they won, over the last
 * closed quarters (see {@link CallAccuracy} for the rule and the formulas). A rep reads their own;
 * another rep's calls, and the whole team's, are for managers.
 */
@Service
public class CallAccuracyService {

    public static final int DEFAULT_PERIODS = 4;
    public static final int MAX_PERIODS = 12;
    public static final int DEFAULT_WEEKS = 2;
    public static final int MAX_WEEKS = 12;

    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    private final ForecastCallService calls;
    private final ForecastService forecasts;
    private final WorkspaceService workspaces;

    CallAccuracyService(ForecastCallService calls, ForecastService forecasts, WorkspaceService workspaces) {
        this.calls = calls;
        this.forecasts = forecasts;
        this.workspaces = workspaces;
    }

    /**
     * @param who a member (mention or name), or null: the asker for a rep, the team for a manager
     * @param periods how many closed quarters, newest last
     * @param weeksBefore the call that counts is the latest one at least this many weeks before
     *     the quarter's end
     */
    @Transactional(readOnly = true)
    public CallAccuracy accuracy(Actor actor, String who, int periods, int weeksBefore) {
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new InvalidInputException("periods", "error.accuracy.periods", periods, MAX_PERIODS);
        }
        if (weeksBefore < 0 || weeksBefore > MAX_WEEKS) {
            throw new InvalidInputException("weeks", "error.accuracy.weeks", weeksBefore, MAX_WEEKS);
        }
        Long member = whose(actor, who);
        ZoneId zone = calls.zone(actor);
        LocalDate today = calls.today(actor);
        List<CallPeriod> closed = new ArrayList<>();
        CallPeriod period = CallPeriod.holding(Granularity.QUARTER, today).previous();
        for (int i = 0; i < periods; i++) {
            closed.add(0, period);
            period = period.previous();
        }
        // The call a manager had in hand: the latest one at least weeksBefore weeks before the end.
        Map<CallPeriod, Instant> cutOffs = new HashMap<>();
        for (CallPeriod quarter : closed) {
            cutOffs.put(quarter, quarter.endsAt(zone).minus(weeksBefore * 7L, ChronoUnit.DAYS));
        }
        Map<Long, ForecastCallService.CountedCall> reps = new LinkedHashMap<>();
        Map<Long, Map<CallPeriod, ForecastCallService.CountedCall>> counted = new HashMap<>();
        for (ForecastCallService.CountedCall call : calls.counted(actor.workspaceId(), closed, cutOffs, member)) {
            reps.putIfAbsent(call.memberId(), call);
            if (call.period() != null) {
                counted.computeIfAbsent(call.memberId(), id -> new HashMap<>()).put(call.period(), call);
            }
        }
        Map<LocalDate, Map<Long, BigDecimal>> won = forecasts.wonPerRep(
                actor,
                Granularity.QUARTER,
                closed.get(0).start(),
                closed.get(closed.size() - 1).start());
        List<CallAccuracy.Rep> rows = new ArrayList<>();
        for (ForecastCallService.CountedCall rep : reps.values()) {
            List<CallAccuracy.PeriodCall> periodCalls = new ArrayList<>();
            for (CallPeriod quarter : closed) {
                ForecastCallService.CountedCall call =
                        counted.getOrDefault(rep.memberId(), Map.of()).get(quarter);
                BigDecimal wonThen = won.getOrDefault(quarter.start(), Map.of()).getOrDefault(rep.memberId(), NOTHING);
                periodCalls.add(new CallAccuracy.PeriodCall(
                        quarter, call == null ? null : call.commit(), call == null ? null : call.at(), wonThen));
            }
            rows.add(new CallAccuracy.Rep(rep.userId(), rep.name(), periodCalls));
        }
        rows.sort(java.util.Comparator.comparing(CallAccuracy.Rep::name, String.CASE_INSENSITIVE_ORDER));
        return new CallAccuracy(closed, weeksBefore, rows);
    }

    /** The member whose calls are asked for (null: the team's), after checking the asker may see them. */
    private Long whose(Actor actor, String who) {
        boolean manager = actor.role().includes(Role.MANAGER);
        if (who == null) {
            return manager ? null : actor.memberId();
        }
        MemberView member = workspaces.member(actor, who);
        if (member.id() != actor.memberId() && !manager) {
            throw new PermissionDeniedException("error.accuracy.others");
        }
        return member.id();
    }
}
