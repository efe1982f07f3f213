package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.reply.Period;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sets quotas, what is kept, and the quota of a quarter or year nobody set one for. */
class QuotaIntegrationTests extends IntegrationTestBase {

    @Autowired
    QuotaService quotas;

    Actor manager;
    Actor rep;

    @BeforeEach
    void team() {
        manager = newWorkspace(Role.MANAGER);
        rep = join(manager, "somchai", Role.REP);
    }

    static Period month(int month) {
        return new Period(Period.Kind.MONTH, 2026, month);
    }

    static Period quarter(int quarter) {
        return new Period(Period.Kind.QUARTER, 2026, quarter);
    }

    @Test
    void aManagerSetsAndReplacesAndEveryoneReads() {
        quotas.set(manager, "somchai", quarter(4), new BigDecimal("500000"));
        QuotaView replaced = quotas.set(manager, "@somchai", quarter(4), new BigDecimal("600000"));
        quotas.set(manager, null, quarter(4), new BigDecimal("2000000"));

        assertThat(replaced.amount()).isEqualByComparingTo("600000");
        assertThat(replaced.memberName()).isEqualTo("somchai");
        assertThat(replaced.setBy()).isEqualTo("Founder");
        List<QuotaView> listed = quotas.list(rep, quarter(4));
        assertThat(listed).extracting(QuotaView::memberName).containsExactly(null, "somchai");
        assertThat(listed.get(0).isTeam()).isTrue();
        assertThat(count("quota", manager)).isEqualTo(2);
    }

    @Test
    void aRepMayNotSetOne() {
        assertThatThrownBy(() -> quotas.set(rep, "somchai", quarter(4), new BigDecimal("1")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(count("quota", manager)).isZero();
    }

    @Test
    void aNegativeQuotaIsRefused() {
        assertThatThrownBy(() -> quotas.set(manager, null, quarter(4), new BigDecimal("-1")))
                .hasMessageContaining("error.");
        assertThat(count("quota", manager)).isZero();
    }

    @Test
    void aQuarterWithoutItsOwnIsTheSumOfItsMonthsWhenEachIsSet() {
        quotas.set(manager, "somchai", month(10), new BigDecimal("100000"));
        quotas.set(manager, "somchai", month(11), new BigDecimal("150000"));
        QuotaBook partial = quotas.book(manager, List.of(2026));
        assertThat(partial.quota(rep.memberId(), quarter(4)))
                .as("December not set")
                .isEmpty();

        quotas.set(manager, "somchai", month(12), new BigDecimal("150000.50"));
        QuotaBook book = quotas.book(manager, List.of(2026));

        assertThat(book.quota(rep.memberId(), quarter(4)))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("400000.50"));
        assertThat(book.quota(null, quarter(4)))
                .as("the team's is never the reps' sum")
                .isEmpty();
        assertThat(book.quota(rep.memberId(), new Period(Period.Kind.YEAR, 2026, 0)))
                .as("Q1 to Q3 have none")
                .isEmpty();
    }

    @Test
    void aYearWithoutItsOwnIsTheSumOfItsQuartersOwnOrFromMonths() {
        quotas.set(manager, null, quarter(1), new BigDecimal("100"));
        quotas.set(manager, null, quarter(2), new BigDecimal("200"));
        quotas.set(manager, null, quarter(3), new BigDecimal("300"));
        for (int m = 10; m <= 12; m++) {
            quotas.set(manager, null, month(m), new BigDecimal("10"));
        }
        Period year = new Period(Period.Kind.YEAR, 2026, 0);

        assertThat(quotas.book(manager, List.of(2026)).quota(null, year))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("630"));

        quotas.set(manager, null, year, new BigDecimal("1000"));
        assertThat(quotas.book(manager, List.of(2026)).quota(null, year))
                .as("its own wins")
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("1000"));
    }

    @Test
    void anotherWorkspacesQuotasStayThere() {
        Actor other = newWorkspace(Role.MANAGER);
        quotas.set(other, null, quarter(4), new BigDecimal("5"));

        assertThat(quotas.list(manager, null)).isEmpty();
        assertThat(quotas.book(manager, List.of(2026)).quota(null, quarter(4))).isEmpty();
    }
}
