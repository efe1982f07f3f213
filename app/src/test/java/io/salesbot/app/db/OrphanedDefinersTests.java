package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrphanedDefinersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CREATE DEFINER=`` TRIGGER t AFTER INSERT ON deal FOR EACH ROW CALL p(1)                   | CREATE OR REPLACE TRIGGER t AFTER INSERT ON deal FOR EACH ROW CALL p(1)
            CREATE DEFINER=`` PROCEDURE `p`(IN n INT) BEGIN SET @d = 'DEFINER=x'; END                 | CREATE OR REPLACE PROCEDURE `p`(IN n INT) BEGIN SET @d = 'DEFINER=x'; END
            CREATE DEFINER=`root`@`localhost` FUNCTION f() RETURNS INT RETURN 1                       | CREATE OR REPLACE FUNCTION f() RETURNS INT RETURN 1
            CREATE ALGORITHM=UNDEFINED DEFINER=`` SQL SECURITY DEFINER VIEW `v` AS select 1 AS `1`    | CREATE OR REPLACE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `v` AS select 1 AS `1`
            """)
    void dropsTheDefinerSoTheAccountRunningItBecomesOne(String stored, String recreated) {
        assertThat(OrphanedDefiners.withoutDefiner(stored)).isEqualTo(recreated);
    }

    @ParameterizedTest
    @CsvSource({"CREATE TRIGGER t AFTER INSERT ON deal FOR EACH ROW SET @x = 1", "DROP TRIGGER t"})
    void refusesAStatementWithoutADefiner(String statement) {
        assertThatThrownBy(() -> OrphanedDefiners.withoutDefiner(statement))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
