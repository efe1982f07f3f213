package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextCommandParserTests {

    static final TextCommandParser PARSER = new TextCommandParser(Catalogs.real());

    static Stream<Arguments> commands() {
        return Stream.of(
                line(
                        "/opp new \"Acme ERP\" amount:1.2m close:2026-12-31",
                        "opp new",
                        "name",
                        "Acme ERP",
                        "amount",
                        "1.2m",
                        "close",
                        "2026-12-31"),
                line(
                        "/opp new ระบบ ERP สยามฟู้ดส์ amount:\"1.2 ล้าน\" close:31/12/2569 customer:\"บริษัท สยาม จำกัด\"",
                        "opp new",
                        "name",
                        "ระบบ ERP สยามฟู้ดส์",
                        "amount",
                        "1.2 ล้าน",
                        "close",
                        "31/12/2569",
                        "customer",
                        "บริษัท สยาม จำกัด"),
                line(
                        "opp new “Smart quotes” stage:won type:new_customer prob:60% campaign:\"Expo 2026\" source:web",
                        "opp new",
                        "name",
                        "Smart quotes",
                        "stage",
                        "won",
                        "type",
                        "new_customer",
                        "prob",
                        "60%",
                        "campaign",
                        "Expo 2026",
                        "source",
                        "web"),
                line(
                        "/opp new ระบบ ERP amount:1.2 ล้าน close:eom",
                        "opp new",
                        "name",
                        "ระบบ ERP",
                        "amount",
                        "1.2 ล้าน",
                        "close",
                        "eom"),
                line("/opp new Deal amount:500 k", "opp new", "name", "Deal", "amount", "500 k"),
                line("/opp new", "opp new"),
                line("/opp show #42", "opp show", "deal", "#42"),
                line("/opp show acme erp", "opp show", "deal", "acme erp"),
                line("/opp list", "opp list"),
                line(
                        "/opp list all stage:quoted closing:this-month campaign:\"Expo 2026\" page:2",
                        "opp list",
                        "who",
                        "all",
                        "stage",
                        "quoted",
                        "closing",
                        "this-month",
                        "campaign",
                        "Expo 2026",
                        "page",
                        "2"),
                line("/opp list @malee", "opp list", "who", "@malee"),
                line(
                        "/opp edit OPP-42 amount:1,500,000 prob:70 close:eom",
                        "opp edit",
                        "deal",
                        "OPP-42",
                        "amount",
                        "1,500,000",
                        "prob",
                        "70",
                        "close",
                        "eom"),
                line("/opp edit #42", "opp edit", "deal", "#42"),
                line(
                        "/opp stage #42 in progress demo went well",
                        "opp stage",
                        "deal",
                        "#42",
                        "stage",
                        "in progress demo went well"),
                line(
                        "/opp stage #42 ปิดการขายได้ version:3",
                        "opp stage",
                        "deal",
                        "#42",
                        "stage",
                        "ปิดการขายได้",
                        "version",
                        "3"),
                line("/opp won #42", "opp won", "deal", "#42"),
                line("/opp won #42 PO received", "opp won", "deal", "#42", "note", "PO received"),
                line("/opp lost #42 ราคาสูงกว่าคู่แข่ง", "opp lost", "deal", "#42", "reason", "ราคาสูงกว่าคู่แข่ง"),
                line("/opp lost #42", "opp lost", "deal", "#42"),
                line(
                        "/opp reopen #42 stage:wait budget approved",
                        "opp reopen",
                        "deal",
                        "#42",
                        "stage",
                        "wait",
                        "note",
                        "budget approved"),
                line(
                        "/opp product #42 ERP licence qty:50 discount:10% addon note:\"per user\"",
                        "opp product",
                        "deal",
                        "#42",
                        "product",
                        "ERP licence",
                        "qty",
                        "50",
                        "discount",
                        "10%",
                        "addon",
                        "true",
                        "note",
                        "per user"),
                line("/opp product-remove #42 2", "opp product-remove", "deal", "#42", "line", "2"),
                line("/opp history acme", "opp history", "deal", "acme"),
                line("/opp help", "opp help"),
                line("/opp", "opp help"),
                line("/opp help forecast", "opp help", "command", "forecast"),
                line(
                        "/lead new \"คุณสมชาย\" company:\"Siam Co\" source:event contact:081-234-5678",
                        "lead new",
                        "name",
                        "คุณสมชาย",
                        "company",
                        "Siam Co",
                        "source",
                        "event",
                        "contact",
                        "081-234-5678"),
                line("/lead list status:all", "lead list", "status", "all"),
                line(
                        "/lead convert L-3 amount:900k close:Q1",
                        "lead convert",
                        "lead",
                        "L-3",
                        "amount",
                        "900k",
                        "close",
                        "Q1"),
                line("/lead drop L-3 no budget", "lead drop", "lead", "L-3", "reason", "no budget"),
                line("/pipeline", "pipeline"),
                line("/pipeline mine type:new_customer", "pipeline", "who", "mine", "type", "new_customer"),
                line("/forecast 2026-Q4 @malee by:rep", "forecast", "period", "2026-Q4", "who", "@malee", "by", "rep"),
                line("/forecast", "forecast"),
                line("/campaign report Expo 2026", "campaign report", "campaign", "Expo 2026"),
                line(
                        "/campaign new \"Expo 2026\" start:2026-09-01 end:2026-09-03 cost:250k",
                        "campaign new",
                        "name",
                        "Expo 2026",
                        "start",
                        "2026-09-01",
                        "end",
                        "2026-09-03",
                        "cost",
                        "250k"),
                line("/campaign list", "campaign list"),
                line("/salesbot role @malee manager", "salesbot role", "member", "@malee", "role", "manager"),
                line(
                        "/salesbot stages add Quoted thai:เสนอราคา prob:60 after:\"In progress\"",
                        "salesbot stages",
                        "action",
                        "add",
                        "stage",
                        "Quoted",
                        "thai",
                        "เสนอราคา",
                        "prob",
                        "60",
                        "after",
                        "In progress"),
                line("/salesbot stages", "salesbot stages"),
                line(
                        "/salesbot products add \"ERP licence\" price:12000 addon",
                        "salesbot products",
                        "action",
                        "add",
                        "product",
                        "ERP licence",
                        "price",
                        "12000",
                        "addon",
                        "true"),
                line("/salesbot language th", "salesbot language", "language", "th"),
                line("/salesbot currency THB", "salesbot currency", "currency", "THB"),
                line("/SALESBOT DEMO", "salesbot demo"));
    }

    static Arguments line(String text, String command, String... values) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            expected.put(values[i], values[i + 1]);
        }
        return Arguments.of(text, command, expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/forecast ไตรมาส 4/2569 @U1 | period | ไตรมาส 4/2569 | who | @U1",
                "/forecast ธ.ค. 2569 @U1 | period | ธ.ค. 2569 | who | @U1",
                "/forecast changes ไตรมาส 4/2569 @U1 | period | ไตรมาส 4/2569 | who | @U1",
                "/forecast submit ไตรมาสที่ 1/2570 commit:1m best:2m Acme signs | period | ไตรมาสที่ 1/2570 | note | Acme signs",
            })
    void aThaiPeriodWrittenAsTwoWordsIsOneValueWhereverItStands(
            String line, String periodOption, String period, String otherOption, String other) {
        CommandInput input = PARSER.parse(line);

        assertThat(input.values()).containsEntry(periodOption, period).containsEntry(otherOption, other);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void readsEveryCommandOfTheLanguage(String text, String command, Map<String, String> expected) {
        CommandInput input = PARSER.parse(text);

        assertThat(input.spec().name()).isEqualTo(command);
        assertThat(input.values()).isEqualTo(expected);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("", "error.command.empty"),
                Arguments.of("   ", "error.command.empty"),
                Arguments.of("/deal new x", "error.command.unknown"),
                Arguments.of("/opp create x", "error.command.unknownSub"),
                Arguments.of("/opp new x colour:red", "error.option.unknown"),
                Arguments.of("/opp list closing:someday", "error.option.choice"),
                Arguments.of("/forecast q4 team by:planet", "error.option.choice"),
                Arguments.of("/salesbot role @malee boss", "error.option.choice"),
                Arguments.of("/opp won #1 #2 version:1 extra:1", "error.option.unknown"),
                Arguments.of("/opp product-remove #1 2 3", "error.command.extraWords"),
                Arguments.of("amount:5", "error.command.empty"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void explainsWhatIsWrong(String text, String key) {
        assertThatThrownBy(() -> PARSER.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(key);
    }

    static Stream<Arguments> typos() {
        return Stream.of(
                Arguments.of("/oop list mine", "/opp list mine"),
                Arguments.of("/pipline mine", "/pipeline mine"),
                Arguments.of("/forcast quarter by:rep", "/forecast quarter by:rep"),
                Arguments.of("/opp stag #1 won", "/opp stage #1 won"),
                Arguments.of("/opp  lisst  all", "/opp  list  all"),
                Arguments.of("/salesbot languge th", "/salesbot language th"),
                Arguments.of("/lead convrt L-3 amount:900k", "/lead convert L-3 amount:900k"),
                Arguments.of("/opp edit #9 colse:eom", "/opp edit #9 close:eom"),
                Arguments.of("/opp new \"Acme ERP\" amuont:1.2m", "/opp new \"Acme ERP\" amount:1.2m"));
    }

    @ParameterizedTest
    @MethodSource("typos")
    void offersTheLineAsItWasProbablyMeant(String typed, String meant) {
        assertThatThrownBy(() -> PARSER.parse(typed)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.nearest()).first().isEqualTo(meant);
            // and what is offered reads as a command
            assertThat(PARSER.parse(e.nearest().get(0)).spec()).isNotNull();
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/deal new x", "/opp create x", "/opp new x colour:red"})
    void offersNothingWhenNothingIsClose(String typed) {
        assertThatThrownBy(() -> PARSER.parse(typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.nearest()).isEmpty());
    }
}
