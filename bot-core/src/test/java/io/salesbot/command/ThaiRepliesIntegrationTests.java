package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.DealListRowFacts;
import io.salesbot.reply.Fact;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Markup;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Thai workspace reads Thai: a script of commands on the demo data, and every word of every
 * reply (titles, headers, cells, facts, buttons, form labels, errors, chart labels) is Thai, except
 * what people typed (deal, customer, member, product and campaign names, shown as typed), commands
 * and options in code spans, and a few names that are the same in every language.
 */
class ThaiRepliesIntegrationTests extends IntegrationTestBase {

    /** People's text, marked by the Localizer's markup so that the test can tell it from our words. */
    private static final Markup MARKED = new Markup() {
        @Override
        public String text(String people) {
            return "«" + people + "»";
        }

        @Override
        public String code(String people) {
            return "«" + people + "»";
        }
    };

    private static final Pattern PEOPLES = Pattern.compile("«[^«»]*»");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern COMMAND = Pattern.compile("(?<![\\p{L}\\d])/[a-z]+(?: [a-z-]+)?");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

    /** Names that read the same in Thai, currency codes, and the prefix of a lead's number. */
    private static final Set<String> ALLOWED = Set.of("Salesbot", "Slack", "Discord", "CSV", "THB", "PNG", "L-");

    /**
     * Stage names with a Thai name, built-in type and source codes, notification events: Thai readers see their Thai
     * names, except in the admin's lists of them, which show what to type.
     */
    private static final Set<String> HAS_A_THAI_NAME = Set.of(
            "Wait",
            "In progress",
            "Quoted",
            "Closed Won",
            "Closed Lost",
            "new_customer",
            "existing_customer",
            "referral",
            "web",
            "event",
            "cold_call",
            "social",
            "won",
            "lost",
            "stage",
            "won, lost");

    private static final Set<String> LISTS_OF_NAMES =
            Set.of("/salesbot stages", "/salesbot types", "/salesbot sources");

    private static final List<String> SCRIPT = List.of(
            "/salesbot demo",
            "/salesbot language th",
            "/opp list",
            "/opp list ทั้งหมด",
            "/opp list ทั้งหมด closing:เลยกำหนด",
            "/opp show 1",
            "/opp stage 1 wait",
            "/opp stage 1 รอดำเนินการ",
            "/opp stage 1 ระหว่างดำเนินการ ลูกค้าสนใจ",
            "/opp history 1",
            "/opp won 11",
            "/opp lost 3 ลูกค้าเลือกเจ้าอื่น",
            "/opp reopen 3",
            "/opp product 1 \"CRM Starter\" qty:2",
            "/opp product 1 บริการพิเศษ price:5000",
            "/opp show 1",
            "/opp edit 1 type:ลูกค้าเก่า",
            "/opp edit 1 prob:55",
            "/opp list closing:สักวัน",
            "/pipeline",
            "/pipeline ของฉัน",
            "/forecast",
            "/forecast เดือน by:ประเภท",
            "/forecast ไตรมาส by:พนักงานขาย",
            "/forecast ปี by:แคมเปญ",
            "/forecast ไตรมาส 4/2569",
            "/forecast ดาวอังคาร",
            "/lead list",
            "/lead list status:ทั้งหมด",
            "/lead convert L-1",
            "/lead new \"ระบบบัญชี โรงแรมริมน้ำ\" source:การแนะนำ",
            "/salesbot role Malee ผู้จัดการ",
            "/opp help",
            "/opp help list",
            "/campaign list",
            "/campaign report",
            "/salesbot notify #sales ปิดการขายได้,ปิดการขายไม่ได้",
            "/salesbot notify list",
            "/opp won 4",
            "/salesbot outbox",
            "/salesbot notify ดาวอังคาร",
            "/salesbot digest ทุกสัปดาห์ จันทร์ 09:00",
            "/salesbot stages",
            "/salesbot types",
            "/salesbot sources",
            "/salesbot products",
            "/salesbot members",
            "/salesbot language",
            "/opp new",
            "/opp edit 1");

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Test
    void aThaiWorkspaceReadsNoEnglishButNamesAndCommands() {
        Caller admin = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Team", "U-admin", "Admin", Role.ADMIN), null);
        List<String> english = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String line : SCRIPT) {
            Answer answer = gateway.handle(admin, line);
            if (!line.equals("/salesbot demo") && !line.equals("/salesbot language th")) {
                assertThat(answer.reader().thai()).as(line).isTrue();
                for (String text : new Words(answer.reader()).of(answer.reply())) {
                    seen.add(text);
                    english.addAll(englishIn(line, text));
                }
            }
        }
        assertThat(english).isEmpty();
        assertThat(seen)
                .hasSizeGreaterThan(300)
                .anyMatch(text -> text.contains("ไตรมาส 4/2569"))
                .anyMatch(text -> text.contains("ธ.ค. 2569"))
                .anyMatch(text -> text.contains("อยู่ในสถานะ «รอดำเนินการ» อยู่แล้ว"))
                .anyMatch(text -> text.contains("ปิดการขายได้, ปิดการขายไม่ได้"))
                .anyMatch(text -> text.contains("ลีด L-1 ปิดไปแล้ว (สถานะ: เป็นโอกาสการขายแล้ว)"));
    }

    private static List<String> englishIn(String line, String text) {
        List<String> found = new ArrayList<>();
        Matcher people = PEOPLES.matcher(text);
        while (people.find()) {
            String typed = people.group().substring(1, people.group().length() - 1);
            if (HAS_A_THAI_NAME.contains(typed) && !LISTS_OF_NAMES.contains(line)) {
                found.add(line + " → shown in English: " + text);
            }
        }
        String ours = COMMAND.matcher(
                        CODE_SPAN.matcher(PEOPLES.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Matcher word = LATIN_WORD.matcher(ours);
        while (word.find()) {
            if (!ALLOWED.contains(word.group())) {
                found.add(line + " → \"" + word.group() + "\" in: " + text);
            }
        }
        return found;
    }

    /** Every text a reader sees in a reply, as the Localizer words it. */
    private final class Words implements BotReply.Visitor<List<String>> {

        private final ReplyLocale reader;

        Words(ReplyLocale reader) {
            this.reader = reader;
        }

        List<String> of(BotReply reply) {
            return reply.accept(this);
        }

        private String text(Message message) {
            return message == null ? "" : localizer.text(message, reader, MARKED);
        }

        private String value(Object value) {
            return value == null ? "" : localizer.format(value, reader, MARKED);
        }

        @Override
        public List<String> text(BotReply.Text text) {
            return List.of(text(text.message()));
        }

        @Override
        public List<String> error(BotReply.Error error) {
            List<String> all = new ArrayList<>(List.of(text(error.message())));
            error.suggestions().forEach(suggestion -> all.add(text(suggestion)));
            return all;
        }

        @Override
        public List<String> dealCard(BotReply.DealCard card) {
            List<String> all = new ArrayList<>(List.of(text(card.headline())));
            for (DealCardField field : DealCardField.of(card.deal())) {
                all.add(text(field.label()));
                all.add(value(field.value()));
                all.add(text(field.note()));
            }
            card.actions().forEach(action -> all.add(text(action.label())));
            card.moves().forEach(stage -> all.add(value(stage)));
            return all;
        }

        @Override
        public List<String> dealClosed(BotReply.DealClosed closed) {
            List<String> all = new ArrayList<>(List.of(text(closed.headline())));
            for (DealCardField field : closed.facts()) {
                all.add(text(field.label()));
                all.add(value(field.value()));
                all.add(text(field.note()));
            }
            all.add(text(closed.open().label()));
            return all;
        }

        @Override
        public List<String> dealList(BotReply.DealList list) {
            List<String> all = new ArrayList<>(List.of(text(list.title())));
            DealListRowFacts.labels().forEach(label -> all.add(text(label)));
            for (var deal : list.deals()) {
                for (Fact fact : DealListRowFacts.of(deal).facts()) {
                    all.add(value(fact.value()));
                    all.add(text(fact.inline()));
                }
            }
            return all;
        }

        @Override
        public List<String> table(BotReply.Table table) {
            List<String> all = new ArrayList<>(List.of(text(table.title())));
            table.headers().forEach(header -> all.add(text(header)));
            table.rows().forEach(row -> row.forEach(cell -> all.add(value(cell))));
            table.footer().forEach(line -> all.add(text(line)));
            return all;
        }

        @Override
        public List<String> chart(BotReply.Chart chart) {
            List<String> all = new ArrayList<>(List.of(text(chart.title())));
            chart.categories().forEach(category -> all.add(value(category)));
            chart.series().forEach(series -> all.add(value(series.name())));
            return all;
        }

        @Override
        public List<String> form(BotReply.Form form) {
            List<String> all = new ArrayList<>(List.of(text(form.title())));
            form.fields().forEach(field -> {
                all.add(text(field.label()));
                field.choices().forEach(choice -> all.add(value(choice.label())));
            });
            return all;
        }

        @Override
        public List<String> attachment(BotReply.Attachment attachment) {
            return List.of(text(attachment.caption()));
        }

        @Override
        public List<String> many(BotReply.Many many) {
            List<String> all = new ArrayList<>();
            many.parts().forEach(part -> all.addAll(of(part)));
            return all;
        }

        @Override
        public List<String> prompt(BotReply.Prompt prompt) {
            List<String> all = new ArrayList<>(List.of(text(prompt.message())));
            prompt.actions().forEach(action -> all.add(text(action.label())));
            return all;
        }
    }
}
