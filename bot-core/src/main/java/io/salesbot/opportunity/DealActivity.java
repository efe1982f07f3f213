package io.salesbot.opportunity;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.TextRules;
import io.salesbot.workspace.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that happened with a deal (a call, a meeting, an e-mail, a note, a chat message logged
 * to it), dated and signed by the member who recorded it. Unlike a change it leaves the deal's
 * fields alone, so recording one never makes an open card's buttons stale.
 */
@Entity
@Table(name = "deal_activity")
class DealActivity {

    static final int MAX_TEXT = 4000;
    static final int MAX_AUTHOR = 200;
    static final int MAX_LINK = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "opportunity_id")
    private long opportunityId;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String text;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private Platform platform;

    @Column(name = "happened_at")
    private Instant happenedAt;

    @Column(name = "source_author")
    private String sourceAuthor;

    @Column(name = "source_link")
    private String sourceLink;

    protected DealActivity() {}

    DealActivity(
            Opportunity deal,
            ActivityKind kind,
            String text,
            String sourceAuthor,
            String sourceLink,
            ChangeContext by) {
        this.workspaceId = deal.getWorkspaceId();
        this.opportunityId = deal.getId();
        this.kind = kind;
        this.text = TextRules.required("text", text, MAX_TEXT);
        this.sourceAuthor = TextRules.optional("author", sourceAuthor, MAX_AUTHOR);
        this.sourceLink = chatLink(TextRules.optional("link", sourceLink, MAX_LINK));
        this.memberId = by.memberId();
        this.platform = by.platform();
        this.happenedAt = by.at();
    }

    // A logged message links back to it on the platform: only a web address, never javascript: or
    // a link made to look like one.
    private static String chatLink(String link) {
        if (link != null && !link.startsWith("https://")) {
            throw new InvalidInputException("link", "error.activity.link", link);
        }
        return link;
    }

    ActivityView view(Opportunity deal, String memberName) {
        return new ActivityView(
                deal.getNumber(),
                deal.getName(),
                kind,
                text,
                memberName,
                platform,
                happenedAt,
                sourceAuthor,
                sourceLink);
    }

    long getMemberId() {
        return memberId;
    }
}
