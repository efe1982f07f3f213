package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.SalesbotException;
import io.salesbot.opportunity.AmbiguousReferenceException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.values.Dates;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one door into the core for every platform: a command line (Slack, console) or a command
 * with typed options (Discord, form submissions) in, an {@link Answer} out. Nothing a person types
 * makes it throw: mistakes become translated errors, and a failure of ours becomes a short apology
 * with an incident id that is also in the log, never a stack trace in chat.
 */
@Service
public class CommandGateway {

    private static final Logger log = LoggerFactory.getLogger(CommandGateway.class);
    private static final int MAX_LINE = 10_000;

    private final WorkspaceService workspaces;
    private final CommandCatalog catalog;
    private final TextCommandParser parser;
    private final Clock clock;
    private final CommandMetrics metrics;

    CommandGateway(WorkspaceService workspaces, CommandCatalog catalog, Clock clock, CommandMetrics metrics) {
        this.workspaces = workspaces;
        this.catalog = catalog;
        this.parser = new TextCommandParser(catalog);
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A command line as typed (Slack, the console, a button). */
    public Answer handle(Caller caller, String commandLine) {
        return run(caller, actor -> {
            if (commandLine != null && commandLine.length() > MAX_LINE) {
                throw new InvalidInputException(null, "error.command.tooLong", MAX_LINE);
            }
            return typed(parser.parse(commandLine));
        });
    }

    /**
     * A command with its options already apart, as a person gave them (Discord's typed options):
     * read as a typed line would be, without writing it out and parsing it again. A command that
     * opens a form may come with too little; it answers with the form.
     */
    public Answer handle(Caller caller, String command, Map<String, String> options) {
        return run(caller, actor -> typed(new CommandInput(spec(command), options)));
    }

    /**
     * A command that takes a file, with its other options: {@code file} fetches the file only once
     * the caller's role may run the command (see {@link UploadSource}), and the core reads what it
     * gives; what it refuses ({@link UploadRefused}) is the answer.
     */
    public Answer handle(Caller caller, String command, Map<String, String> options, UploadSource file) {
        return run(caller, actor -> {
            CommandSpec spec = spec(command);
            if (spec.file().isEmpty()) {
                throw new IllegalArgumentException(command + " takes no file");
            }
            requireRole(actor, spec);
            return typed(new CommandInput(spec, options, file.fetch()));
        });
    }

    /**
     * The line read apart when its command takes a file (an adapter fetches the file, then calls
     * {@link #handle(Caller, String, Map, UploadSource)}); empty for any other line, and for one
     * that does not read, which {@link #handle(Caller, String)} answers with why.
     */
    public Optional<FileCommand> takingFile(String commandLine) {
        CommandInput input;
        try {
            input = parser.parse(commandLine);
        } catch (SalesbotException unreadable) {
            return Optional.empty();
        }
        return input.spec().file().map(file -> {
            Map<String, String> others = new java.util.LinkedHashMap<>(input.values());
            String typed = others.remove(file.name());
            return new FileCommand("/" + input.spec().name(), others, typed);
        });
    }

    private static CommandInput typed(CommandInput input) {
        if (!input.spec().opensForm()) {
            requireAll(input, "error.option.missing");
        }
        return input;
    }

    /**
     * The one workspace of {@code platform} that {@code userId} belongs to, for a direct message
     * that carries none; empty when they belong to none or to several.
     */
    public java.util.Optional<KnownWorkspace> onlyWorkspaceOf(io.salesbot.workspace.Platform platform, String userId) {
        return workspaces
                .onlyWorkspaceOf(platform, userId)
                .map(found -> new KnownWorkspace(found.getExternalId(), found.getName()));
    }

    /** A submitted form: its command and fields. */
    public Answer submit(Caller caller, String command, Map<String, String> options) {
        return run(caller, actor -> {
            CommandInput input = new CommandInput(spec(command), options);
            // A submitted form is complete by definition: a missing required field is an error on
            // that field (shown beside it), not a reason to open the form again.
            requireAll(input, "error.field.required");
            return input;
        });
    }

    /**
     * Whether one form field's value reads as its option's type (an amount, a date, a
     * probability): the error on that field, or empty when it reads (or there is no such option).
     * Lets a console check each field as it is typed rather than after the whole form; what only
     * the command can judge is still checked when the form is submitted.
     */
    public Optional<Answer> checkField(Caller caller, String command, String option, String value) {
        Optional<Option<?>> declared = catalog.find(command).flatMap(spec -> spec.option(option));
        if (declared.isEmpty() || value == null || value.isBlank()) {
            return Optional.empty();
        }
        WorkspaceSettings settings;
        try {
            settings = workspaces.enterWithSettings(caller.visitor()).settings();
        } catch (RuntimeException unavailable) {
            return Optional.empty(); // the submission will say what is wrong
        }
        ReplyLocale reader = ReplyLocale.of(settings.languageFor(caller.userLanguage()), settings.readerZone());
        try {
            declared.get().read(value.strip(), new WorkspaceCalendar(new Dates(clock, settings.readerZone())));
            return Optional.empty();
        } catch (SalesbotException unreadable) {
            return Optional.of(new Answer(
                    new BotReply.Error(
                            Message.of(
                                    unreadable.messageKey(), unreadable.args().toArray()),
                            option,
                            List.of()),
                    reader));
        }
    }

    /**
     * Refuses a command before it reaches the core, for a reason only the adapter knows (an upload
     * that could not be downloaded, a file too large to fetch): the reason in the reader's language.
     */
    public Answer refuse(Caller caller, Message why) {
        BotReply refusal = BotReply.Error.of(why);
        try {
            WorkspaceService.Entered entered = workspaces.enterWithSettings(caller.visitor());
            return new Answer(
                    refusal,
                    ReplyLocale.of(
                            entered.settings().languageFor(caller.userLanguage()),
                            entered.settings().readerZone()),
                    entered.created());
        } catch (RuntimeException e) {
            return new Answer(failure(e), ReplyLocale.of(caller.userLanguage(), Dates.DEFAULT_ZONE));
        }
    }

    /**
     * Refuses a request of which the adapter knows only the workspace ({@code workspace}, the
     * platform's team or guild id; may be null), e.g. one it could not read: the reason in the
     * workspace's language when it is known, else English. Reads, never creates, the workspace.
     */
    public Answer refuse(Platform platform, String workspace, Message why) {
        ReplyLocale english = ReplyLocale.of("en", java.time.ZoneOffset.UTC);
        if (workspace == null) {
            return new Answer(BotReply.Error.of(why), english);
        }
        try {
            ReplyLocale reader = workspaces
                    .find(platform, workspace)
                    .map(settings -> ReplyLocale.of(settings.language(), settings.zone()))
                    .orElse(english);
            return new Answer(BotReply.Error.of(why), reader);
        } catch (RuntimeException unavailable) {
            log.warn("Could not read the workspace's language: {}", unavailable.toString());
            return new Answer(BotReply.Error.of(why), english);
        }
    }

    /**
     * Who the caller reads as, before any command has answered (a console's own prompts): their
     * workspace's language and time zone, entering it as a command would.
     */
    public ReplyLocale reader(Caller caller) {
        WorkspaceSettings settings =
                workspaces.enterWithSettings(caller.visitor()).settings();
        return ReplyLocale.of(settings.languageFor(caller.userLanguage()), settings.readerZone());
    }

    private static void requireRole(Actor actor, CommandSpec spec) {
        actor.require(spec.requiredRole());
    }

    private CommandSpec spec(String command) {
        return catalog.find(command)
                .orElseThrow(() -> new InvalidInputException(null, "error.command.unknown", command, ""));
    }

    private static void requireAll(CommandInput input, String messageKey) {
        input.missing().ifPresent(option -> {
            throw new InvalidInputException(
                    option.name(), messageKey, option.name(), input.spec().usage());
        });
    }

    private Answer run(Caller caller, InputSource source) {
        Actor actor;
        WorkspaceSettings settings;
        boolean created;
        try {
            WorkspaceService.Entered entered = workspaces.enterWithSettings(caller.visitor());
            actor = entered.actor();
            settings = entered.settings();
            created = entered.created();
        } catch (RuntimeException e) {
            return new Answer(failure(e), ReplyLocale.of(caller.userLanguage(), Dates.DEFAULT_ZONE));
        }
        ReplyLocale reader = ReplyLocale.of(settings.languageFor(caller.userLanguage()), settings.readerZone());
        WorkspaceCalendar calendar = new WorkspaceCalendar(new Dates(clock, settings.readerZone()));
        CommandContext context =
                new CommandContext(actor, caller.visitor().userId(), caller.channel(), settings, reader, calendar);
        String command = "?";
        long started = System.nanoTime();
        // Every log line written while this command runs says whose and which it was.
        try (MDC.MDCCloseable workspace = MDC.putCloseable("workspace", String.valueOf(actor.workspaceId()));
                MDC.MDCCloseable platform =
                        MDC.putCloseable("platform", actor.platform().name().toLowerCase())) {
            CommandInput input = source.input(actor);
            command = input.spec().name();
            MDC.put("command", command);
            requireRole(actor, input.spec());
            Command handler = catalog.command(input.spec());
            Arguments arguments = new Arguments(input, calendar);
            BotReply reply = handler.handle(context, arguments);
            metrics.record(command, actor.platform(), reply, System.nanoTime() - started);
            return new Answer(reply, handler.readerAfter(context, arguments), created);
        } catch (RuntimeException e) {
            BotReply error = failure(e);
            metrics.record(command, actor.platform(), error, System.nanoTime() - started);
            return new Answer(error, reader, created);
        } finally {
            MDC.remove("command");
        }
    }

    private static BotReply failure(RuntimeException e) {
        if (e instanceof UploadRefused refused) {
            return BotReply.Error.of(refused.why());
        }
        if (e instanceof AmbiguousReferenceException ambiguous) {
            List<Message> candidates = ambiguous.candidates().stream()
                    .map(deal -> Message.of("reply.deal.candidate", deal.number(), deal.name(), deal.stage()))
                    .toList();
            return new BotReply.Error(
                    Message.of(ambiguous.messageKey(), ambiguous.args().toArray()), "deal", candidates);
        }
        if (e instanceof SalesbotException known) {
            String field = known instanceof InvalidInputException invalid ? invalid.field() : null;
            List<Message> meant = known.nearest().stream()
                    .map(nearest -> Message.of("error.didYouMean", nearest))
                    .toList();
            return new BotReply.Error(
                    Message.of(known.messageKey(), known.args().toArray()), field, meant);
        }
        if (databaseUnavailable(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return BotReply.Error.of(Message.of("error.database.unavailable"));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: command failed", incident, e);
        return BotReply.Error.of(Message.of("error.unexpected", incident));
    }

    /** Whether the failure means the database cannot be reached now (worth a "try again"). */
    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface InputSource {
        CommandInput input(Actor actor);
    }
}
