package io.salesbot.app.console;

import static io.salesbot.app.console.ConsoleFixtures.ENGLISH;
import static io.salesbot.app.console.ConsoleFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConsoleSessionTests {

    final Localizer localizer = ConsoleFixtures.localizer();
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @Test
    void answersOneReplyPerCommandSkippingCommentsAndBlankLines() {
        // given a script with comments, blank lines, and commands with and without their slash
        FakeCommands core = new FakeCommands(line -> text("you said " + line));
        String script = "# a comment\n\n   \n/opp new \"Acme ERP\" amount:1.2m\r\n  forecast quarter  \n#/opp list\n";

        // when it is piped in
        int exit = run(core, script, false);

        // then each command got one reply, nothing else was printed, and the session ended at EOF
        assertThat(core.handled).containsExactly("/opp new \"Acme ERP\" amount:1.2m", "/forecast quarter");
        assertThat(output()).isEqualTo("you said /opp new \"Acme ERP\" amount:1.2m\n\nyou said /forecast quarter\n");
        assertThat(exit).isZero();
    }

    @Test
    void stopsAtExitOrQuit() {
        // given
        FakeCommands core = new FakeCommands(line -> text("ok"));

        // when
        int exit = run(core, "/opp list\nQUIT\n/opp list\n", false);

        // then
        assertThat(core.handled).containsExactly("/opp list");
        assertThat(exit).isZero();
        assertThat(run(new FakeCommands(line -> text("ok")), "exit\n/opp list\n", false))
                .isZero();
    }

    @Test
    void readsAndWritesThaiAsUtf8() {
        // given
        FakeCommands core = new FakeCommands(line -> text(line.replace("/opp new ", "")));

        // when
        run(core, "/opp new ระบบ ERP ที่ดิน 🎉\n", false);

        // then
        assertThat(output()).isEqualTo("ระบบ ERP ที่ดิน 🎉\n");
    }

    @Test
    void keepsGoingAfterACoreFailureAndExitsWithOne() {
        // given a core that breaks its promise on one command
        FakeCommands core = new FakeCommands(line -> {
            if (line.contains("boom")) {
                throw new IllegalStateException("bug");
            }
            return text("fine");
        });

        // when
        int exit = run(core, "/opp boom\n/opp list\n", false);

        // then
        assertThat(output())
                .startsWith("Sorry, that command failed on my side.")
                .endsWith("\n\nfine\n");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void greetsPromptsAndSaysByeAtATerminal() {
        // given
        FakeCommands core = new FakeCommands(line -> text("ok"));

        // when
        run(core, "/opp list\n", true);

        // then
        assertThat(output())
                .startsWith("Salesbot is ready on this terminal. Try these first:\n  /opp help\n  /salesbot demo\n")
                .contains("salesbot> ok\n\nsalesbot> ")
                .endsWith("Bye!\n\n");
    }

    @Test
    void printsTheCommandToTypeWhenAFormComesBackToAScript() {
        // given
        FakeCommands core = new FakeCommands(line -> newDealForm());

        // when
        run(core, "/opp new\n", false);

        // then
        assertThat(output()).contains("  /opp new ref:x name:…\n");
        assertThat(core.submitted).isEmpty();
    }

    @Test
    void fillsInAFormFieldByFieldAtATerminalAndSubmitsIt() {
        // given a form with a required name, an optional amount and a choice of stage
        FakeCommands core = new FakeCommands(line -> newDealForm());

        // when the person types a name, skips the amount, and picks the first stage by number
        run(core, "/opp new\n\nระบบ ERP\n\n1\n", true);

        // then the command ran with the answers and the fixed options
        assertThat(core.submitted)
                .containsExactly(Map.of("command", "/opp new", "name", "ระบบ ERP", "stage", "wait", "ref", "x"));
        assertThat(output())
                .contains("Name *: This field is required.")
                .contains("  1) Wait, 2) In progress (inprogress)")
                .contains("submitted");
    }

    @Test
    void asksAgainOnlyForTheFieldTheCoreRejected() {
        // given a core that rejects the first amount
        FakeCommands core = new FakeCommands(line -> newDealForm());
        core.onSubmit = options -> "lots".equals(options.get("amount"))
                ? new BotReply.Error(Message.of("error.amount.invalid", "lots"), "amount", List.of())
                : text("submitted " + options.get("amount"));

        // when
        run(core, "/opp new\nAcme\nlots\nwait\n500k\n", true);

        // then
        assertThat(core.submitted).extracting(options -> options.get("amount")).containsExactly("lots", "500k");
        assertThat(output())
                .contains("Error: Amount `lots` isn't a number I can read.")
                .contains("submitted 500k");
    }

    @Test
    void refusesABadFieldAsSoonAsItIsTypedAndAsksForItAgain() {
        // given a core that cannot read "lots" as an amount
        FakeCommands core = new FakeCommands(line -> newDealForm());
        core.onCheck = (option, value) -> "amount".equals(option) && "lots".equals(value)
                ? new BotReply.Error(Message.of("error.amount.invalid", "lots"), "amount", List.of())
                : null;

        // when the person types a bad amount, then a good one, then picks a stage
        run(core, "/opp new\nAcme\nlots\n500k\n1\n", true);

        // then the error came right after the amount, before the next field, and the form was sent once
        String out = output();
        assertThat(out.indexOf("Error: Amount `lots` isn't a number I can read."))
                .isPositive()
                .isLessThan(out.indexOf("1) Wait"));
        assertThat(core.submitted).extracting(options -> options.get("amount")).containsExactly("500k");
    }

    @Test
    void printsWhatArrivesDuringAFormOnlyOnceTheFormIsDone() {
        // given a reminder that arrives while the person is on the form's second field
        FakeCommands core = new FakeCommands(line -> newDealForm());
        core.onCheck = (option, value) -> {
            if ("name".equals(option)) {
                io.printAbove("Reminder: deal #7 closes today");
            }
            return null;
        };

        // when the form is filled in
        run(core, "/opp new\nAcme\n\n1\n", true);

        // then the reminder was printed after the last field, not between the fields
        String out = output();
        assertThat(out.indexOf("Reminder: deal #7 closes today")).isGreaterThan(out.lastIndexOf("1) Wait"));
        assertThat(out).contains("submitted");
    }

    @Test
    void fitsEveryReplyInOneHundredColumnsWhenThereIsNoTerminalToMeasure() {
        // given a help table in two languages whose rows are far wider than 100 columns
        String usage = "/opp new <name…> [amount:] [close:] [stage:] [type:] [prob:] [customer:] [campaign:]"
                + " [source:] [owner:] [description:]";
        BotReply help = new BotReply.Table(
                Message.of("Salesbot commands"),
                List.of(Message.of("Command"), Message.of("What it does")),
                List.of(
                        List.of(usage, "Create a deal; with no name, opens the form."),
                        List.of(usage, "สร้างโอกาสการขาย ถ้าไม่ใส่ชื่อ จะเปิดแบบฟอร์มให้กรอก ทีละช่อง ตามลำดับ")),
                List.of(Message.of("Type /opp help <command> for the details of one, with examples that work when"
                        + " typed on the demo workspace.")),
                Visibility.PRIVATE);

        // when it is printed to a script's output
        run(new FakeCommands(line -> help), "/opp help\n", false);

        // then no line is wider than 100 columns, and nothing was lost
        assertThat(output().lines())
                .allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(100));
        assertThat(output().replaceAll("\\s+", " "))
                .contains("[source:] [owner:]")
                .contains("ทีละช่อง ตามลำดับ")
                .contains("examples that work when typed on the demo workspace.");
    }

    @Test
    void cancelsAFormAtTheEndOfInput() {
        // given
        FakeCommands core = new FakeCommands(line -> newDealForm());

        // when Ctrl-D comes in the middle of the form
        int exit = run(core, "/opp new\nAcme\n", true);

        // then nothing was submitted
        assertThat(core.submitted).isEmpty();
        assertThat(output()).contains("Cancelled; nothing was changed.");
        assertThat(exit).isZero();
    }

    StreamIO io;

    private int run(ConsoleCommands core, String stdin, boolean interactive) {
        StreamIO session =
                new StreamIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout, interactive);
        io = session;
        ConsoleRenderer renderer = new ConsoleRenderer(localizer, null, null);
        try (session) {
            return new ConsoleSession(core, renderer, localizer, session).run();
        }
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static BotReply text(String plain) {
        // A key with no message reads as itself: plain text for a test.
        return new BotReply.Text(Message.of(plain), Visibility.PRIVATE);
    }

    private static BotReply newDealForm() {
        return new BotReply.Form(
                "opp-new",
                Message.of("New deal"),
                "/opp new",
                List.of(
                        FormField.text("name", Message.of("card.name"), true, null),
                        new FormField(
                                "amount", Message.of("card.amount"), FormField.Type.AMOUNT, false, null, List.of()),
                        new FormField(
                                "stage",
                                Message.of("card.stage"),
                                FormField.Type.CHOICE,
                                false,
                                null,
                                List.of(
                                        new FormField.Choice("wait", WAIT),
                                        new FormField.Choice("inprogress", ConsoleFixtures.IN_PROGRESS)))),
                Map.of("ref", "x"));
    }

    /** The core as a test double: replies computed from the line, every call recorded. */
    static final class FakeCommands implements ConsoleCommands {

        final Function<String, BotReply> onHandle;
        Function<Map<String, String>, BotReply> onSubmit = options -> text("submitted");
        java.util.function.BiFunction<String, String, BotReply> onCheck = (option, value) -> null;
        final List<String> handled = new ArrayList<>();
        final List<Map<String, String>> submitted = new ArrayList<>();

        FakeCommands(Function<String, BotReply> onHandle) {
            this.onHandle = onHandle;
        }

        @Override
        public Answer handle(String commandLine) {
            handled.add(commandLine);
            return new Answer(onHandle.apply(commandLine), ENGLISH);
        }

        @Override
        public Answer submit(String command, Map<String, String> options) {
            Map<String, String> call = new java.util.HashMap<>(options);
            submitted.add(call);
            BotReply reply = onSubmit.apply(options);
            call.put("command", command);
            return new Answer(reply, ENGLISH);
        }

        @Override
        public java.util.Optional<Answer> checkField(String command, String option, String value) {
            return java.util.Optional.ofNullable(onCheck.apply(option, value)).map(reply -> new Answer(reply, ENGLISH));
        }

        @Override
        public ReplyLocale reader() {
            return ENGLISH;
        }
    }
}
