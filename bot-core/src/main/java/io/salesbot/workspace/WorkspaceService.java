package io.salesbot.workspace;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Workspaces and members: first contact, settings, roles. */
@Service
public class WorkspaceService {

    private final Workspaces workspaces;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkspaceService(
            Workspaces workspaces,
            Members members,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            Clock clock) {
        this.workspaces = workspaces;
        this.members = members;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Resolves the visitor to an actor, creating the workspace (with its default stages, types and
     * sources) and the member on first contact. Two first contacts at once race on the unique keys;
     * the loser simply reads what the winner wrote.
     */
    public Actor enter(Visitor visitor) {
        return enterWithSettings(visitor).actor();
    }

    /** {@link #enter} and the workspace's settings, from one read of the workspace. */
    public Entered enterWithSettings(Visitor visitor) {
        Optional<Entered> known = knownAsTheyWere(visitor);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return transaction.execute(status -> enterOnce(visitor));
        } catch (DataIntegrityViolationException raceLost) {
            return transaction.execute(status -> enterOnce(visitor));
        }
    }

    /**
     * Who came in, the settings of the workspace they came into, and whether their coming created
     * it (the first contact of a new workspace; false for the loser of a race to create it).
     */
    public record Entered(Actor actor, WorkspaceSettings settings, boolean created) {}

    /** The settings of a workspace known only by its platform id; creates nothing. */
    @Transactional(readOnly = true)
    public Optional<WorkspaceSettings> find(Platform platform, String externalId) {
        return workspaces.findByPlatformAndExternalId(platform, externalId).map(WorkspaceSettings::of);
    }

    /**
     * The one workspace of a platform a user belongs to, for a direct message that carries none
     * (a Discord DM, a reminder's button after a restart); empty when they belong to none or to
     * several, where guessing could act in the wrong one.
     */
    @Transactional(readOnly = true)
    public Optional<Workspace> onlyWorkspaceOf(Platform platform, String userId) {
        List<Workspace> found = workspaces.findWithMember(platform, userId);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * A visitor already known, of whom the platform says nothing new: one read of their workspace's
     * and their own row, with no entity and no transaction of its own, as nearly every command
     * comes. Empty when entering would create or change anything, which the entities then do.
     */
    private Optional<Entered> knownAsTheyWere(Visitor visitor) {
        List<Optional<Entered>> found = jdbc.query(
                """
                SELECT %s,
                       m.id, m.display_name, m.role, m.time_zone, m.time_zone_chosen, m.language, m.language_chosen
                FROM workspace w JOIN member m ON m.workspace_id = w.id
                WHERE w.platform = ? AND w.external_id = ? AND m.platform_user_id = ?""".formatted(SETTINGS_COLUMNS),
                (rs, i) -> {
                    String memberZone = rs.getString(11);
                    String memberLanguage = rs.getString(13);
                    if (!rs.getString(9).equals(visitor.displayName())
                            || Member.learns(
                                    memberZone,
                                    rs.getBoolean(12),
                                    memberLanguage,
                                    rs.getBoolean(14),
                                    visitor.zoneHint(),
                                    visitor.languageHint())) {
                        return Optional.empty();
                    }
                    WorkspaceSettings settings = settingsOf(rs)
                            .forMember(memberZone == null ? null : java.time.ZoneId.of(memberZone), memberLanguage);
                    Actor actor = new Actor(
                            rs.getLong(1),
                            rs.getLong(8),
                            Role.valueOf(rs.getString(10)),
                            visitor.platform(),
                            settings,
                            rs.getString(9),
                            visitor.userId());
                    return Optional.of(new Entered(actor, settings, false));
                },
                visitor.platform().name(),
                visitor.workspaceExternalId(),
                visitor.userId());
        return found.isEmpty() ? Optional.empty() : found.get(0);
    }

    private Entered enterOnce(Visitor visitor) {
        Optional<Workspace> existing =
                workspaces.findByPlatformAndExternalId(visitor.platform(), visitor.workspaceExternalId());
        Workspace workspace = existing.orElseGet(() -> createWorkspace(visitor));
        Member member = members.findByWorkspaceIdAndPlatformUserId(workspace.getId(), visitor.userId())
                .orElseGet(() -> members.saveAndFlush(new Member(
                        workspace.getId(),
                        visitor.userId(),
                        visitor.displayName(),
                        visitor.roleIfNew(),
                        clock.instant())));
        if (!member.getDisplayName().equals(visitor.displayName())) {
            member.rename(visitor.displayName());
        }
        member.learn(visitor.zoneHint(), visitor.languageHint());
        WorkspaceSettings settings = WorkspaceSettings.of(workspace).forMember(member.zone(), member.getLanguage());
        return new Entered(
                new Actor(
                        workspace.getId(),
                        member.getId(),
                        member.getRole(),
                        visitor.platform(),
                        settings,
                        member.getDisplayName(),
                        member.getPlatformUserId()),
                settings,
                existing.isEmpty());
    }

    private Workspace createWorkspace(Visitor visitor) {
        Workspace workspace = workspaces.saveAndFlush(new Workspace(
                visitor.platform(), visitor.workspaceExternalId(), visitor.workspaceName(), clock.instant()));
        workspaces.createCounters(workspace.getId());
        events.publishEvent(new WorkspaceCreated(workspace.getId(), visitor.platform()));
        return workspace;
    }

    /**
     * The workspace's settings. Read with one plain query, not through the entity: every report
     * asks, and loading the entity in a transaction of its own cost ten times the query
     * (BENCHMARKS.md, manager questions).
     */
    public WorkspaceSettings settings(Actor actor) {
        return jdbc
                .query(
                        "SELECT " + SETTINGS_COLUMNS + " FROM workspace w WHERE w.id = ?",
                        (rs, i) -> settingsOf(rs),
                        actor.workspaceId())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.workspace.unknown", actor.workspaceId()));
    }

    /** The workspace's columns {@link #settingsOf} reads, first in a select of workspace {@code w}. */
    private static final String SETTINGS_COLUMNS =
            "w.id, w.platform, w.name, w.language, w.language_forced, w.currency, w.time_zone";

    private static WorkspaceSettings settingsOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WorkspaceSettings(
                rs.getLong(1),
                Platform.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getString(6),
                java.time.ZoneId.of(rs.getString(7)));
    }

    /**
     * The settings a command runs with: those read when its actor entered, so one command reads its
     * workspace once however many services it calls; read now for an actor made without entering.
     * After changing a setting, {@link #settings} reads the new value.
     */
    public WorkspaceSettings enteredSettings(Actor actor) {
        return actor.settings() != null && actor.settings().id() == actor.workspaceId()
                ? actor.settings()
                : settings(actor);
    }

    /**
     * Sets the workspace's language: the default for readers whose platform does not say theirs,
     * or, when {@code forced}, the language for everyone.
     */
    @Transactional
    public WorkspaceSettings changeLanguage(Actor actor, String language, boolean forced) {
        actor.require(Role.ADMIN);
        Workspace workspace = workspace(actor);
        workspace.changeLanguage(language, forced);
        return WorkspaceSettings.of(workspace);
    }

    @Transactional
    public WorkspaceSettings changeCurrency(Actor actor, String currency) {
        actor.require(Role.ADMIN);
        Workspace workspace = workspace(actor);
        workspace.changeCurrency(currency);
        return WorkspaceSettings.of(workspace);
    }

    @Transactional
    public WorkspaceSettings changeTimeZone(Actor actor, String zone) {
        actor.require(Role.ADMIN);
        Workspace workspace = workspace(actor);
        workspace.changeTimeZone(zone);
        return WorkspaceSettings.of(workspace);
    }

    /** The caller's own clock, language and reminders, as {@code /salesbot me} shows them. */
    @Transactional(readOnly = true)
    public MemberSettings me(Actor actor) {
        return MemberSettings.of(self(actor), workspace(actor));
    }

    /** The caller's own time zone (an IANA name such as {@code Asia/Tokyo}); kept over the platform's. */
    @Transactional
    public MemberSettings chooseZone(Actor actor, String zone) {
        Member member = self(actor);
        member.chooseZone(zone);
        return MemberSettings.of(member, workspace(actor));
    }

    /** The caller's own language; kept over the platform's, but a workspace that forces one still wins. */
    @Transactional
    public MemberSettings chooseLanguage(Actor actor, String language) {
        Member member = self(actor);
        member.chooseLanguage(language);
        return MemberSettings.of(member, workspace(actor));
    }

    /** Whether the caller's reminders wait out the night and the weekend. */
    @Transactional
    public MemberSettings quietHours(Actor actor, boolean on) {
        Member member = self(actor);
        member.quietHours(on);
        return MemberSettings.of(member, workspace(actor));
    }

    /** When the caller's morning "my day" DM comes, local time; null stops it. */
    @Transactional
    public MemberSettings myDayAt(Actor actor, java.time.LocalTime at) {
        Member member = self(actor);
        member.myDayAt(at);
        return MemberSettings.of(member, workspace(actor));
    }

    private Member self(Actor actor) {
        return members.findByWorkspaceIdAndId(actor.workspaceId(), actor.memberId())
                .orElseThrow(() -> new NotFoundException("error.member.unknown", actor.memberId()));
    }

    /** Gives a member a role. The last admin cannot step down, or nobody could set the workspace up. */
    @Transactional
    public MemberView changeRole(Actor actor, String reference, Role role) {
        actor.require(Role.ADMIN);
        Member member = find(actor, reference);
        boolean demotesAnAdmin = member.getRole() == Role.ADMIN && role != Role.ADMIN;
        if (demotesAnAdmin && members.countByWorkspaceIdAndRole(actor.workspaceId(), Role.ADMIN) <= 1) {
            throw new RuleViolationException("error.member.lastAdmin");
        }
        member.changeRole(role);
        return MemberView.of(member);
    }

    /** Adds a member by hand (say, a rep who has not written to the bot yet). Admins only. */
    @Transactional
    public MemberView addMember(Actor actor, String platformUserId, String displayName, Role role) {
        actor.require(Role.ADMIN);
        Member member = members.findByWorkspaceIdAndPlatformUserId(actor.workspaceId(), platformUserId)
                .orElseGet(() -> members.save(
                        new Member(actor.workspaceId(), platformUserId, displayName, role, clock.instant())));
        return MemberView.of(member);
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(Actor actor) {
        return members.findByWorkspaceIdOrderByDisplayName(actor.workspaceId()).stream()
                .map(MemberView::of)
                .toList();
    }

    /** Finds a member of the actor's workspace by platform user id or display name, with or without '@'. */
    @Transactional(readOnly = true)
    public MemberView member(Actor actor, String userIdOrName) {
        return MemberView.of(find(actor, userIdOrName));
    }

    /**
     * A platform user id (what a mention carries) is exact. A display name is not: two people may
     * share one, and picking the first would act on the wrong person, so a name that fits several
     * members is refused with each of them and the id that names them exactly.
     */
    private Member find(Actor actor, String reference) {
        String stripped = reference.strip();
        String wanted = stripped.startsWith("@") ? stripped.substring(1) : stripped;
        Optional<Member> byId = members.findByWorkspaceIdAndPlatformUserId(actor.workspaceId(), wanted);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Member> named = members.findByWorkspaceIdOrderByDisplayName(actor.workspaceId()).stream()
                .filter(m -> m.getDisplayName().equalsIgnoreCase(wanted))
                .toList();
        if (named.size() > 1) {
            String candidates = named.stream()
                    .map(m -> m.getDisplayName() + " (" + m.getPlatformUserId() + ")")
                    .collect(Collectors.joining(", "));
            throw new InvalidInputException("owner", "error.member.ambiguous", reference, candidates);
        }
        return named.stream().findFirst().orElseThrow(() -> new NotFoundException("error.member.unknown", reference));
    }

    private Workspace workspace(Actor actor) {
        return workspaces
                .findById(actor.workspaceId())
                .orElseThrow(() -> new NotFoundException("error.workspace.unknown", actor.workspaceId()));
    }
}
