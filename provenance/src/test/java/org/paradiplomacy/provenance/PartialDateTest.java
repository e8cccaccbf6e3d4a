package org.paradiplomacy.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paradiplomacy.eventsourcing.json.EventJson;

class PartialDateTest {

    @Test
    void keepsThePrecisionItWasGiven() {
        assertThat(PartialDate.parse("2019")).hasToString("2019").extracting(PartialDate::precision).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("2019-05")).hasToString("2019-05").extracting(PartialDate::precision).isEqualTo(Precision.MONTH);
        assertThat(PartialDate.parse("2019-05-09")).hasToString("2019-05-09").extracting(PartialDate::precision).isEqualTo(Precision.DAY);
        assertThat(PartialDate.parse("0800")).hasToString("0800");
    }

    @Test
    void spansItsPeriodIncludingLeapDays() {
        assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.parse("2019-02").lastDay()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(PartialDate.parse("2020").lastDay()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(PartialDate.parse("2019-12").firstDay()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(PartialDate.parse("2020-02-29").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "2019-00", "2019-02-30", "2019-02-29", "2019-04-31", "20/11/2026", "19",
            "20190", "2019-5", "2019-05-9", "2019-05-09T10:00", " 2019", "", "2019-W05", "+2019"})
    void refusesEveryOtherForm(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining(PartialDate.ACCEPTED);
    }

    @Test
    void countsFromTheEndOfItsPeriodOrFromTheDayItWasRecordedWithinIt() {
        PartialDate year = PartialDate.parse("2019");
        assertThat(year.countsFrom(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(year.countsFrom(LocalDate.of(2019, 12, 31))).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(year.countsFrom(LocalDate.of(2019, 1, 1))).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(year.countsFrom(LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(year.countsFrom(LocalDate.of(2018, 12, 31))).as("a period recorded before it began")
                .isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(year.countsFrom(null)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(PartialDate.parse("2024-02").countsFrom(LocalDate.of(2024, 2, 10))).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(PartialDate.parse("2016-04-07").countsFrom(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2016, 4, 7));
    }

    @Test
    void comparesPeriodsWithoutPretendingToKnowTheDay() {
        PartialDate proposed = PartialDate.parse("2019-03-05");
        assertThat(PartialDate.parse("2019").isBefore(proposed)).isFalse();
        assertThat(PartialDate.parse("2019-02").isBefore(proposed)).isTrue();
        assertThat(PartialDate.parse("2018").isBefore(proposed)).isTrue();
        assertThat(PartialDate.parse("2026").isAfter(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(PartialDate.parse("2027").isAfter(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(PartialDate.parse("2026-12").isAfter(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(PartialDate.parse("1800").isBetween(LocalDate.of(1800, 1, 1), LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(PartialDate.parse("1799-12").isBetween(LocalDate.of(1800, 1, 1), LocalDate.of(2999, 12, 31))).isFalse();
        assertThat(PartialDate.parse("2019")).isLessThan(PartialDate.parse("2019-01")).isLessThan(PartialDate.parse("2019-01-01"));
        assertThat(PartialDate.parse("2019")).isNotEqualTo(PartialDate.parse("2019-01-01"));
    }

    record Dated(PartialDate on) {
    }

    @Test
    void isWrittenAndReadAsTheTextGiven() {
        assertThat(EventJson.write(new Dated(PartialDate.parse("2019-05")))).isEqualTo("{\"on\":\"2019-05\"}");
        assertThat(EventJson.read("{\"on\":\"2019\"}", Dated.class).on()).isEqualTo(PartialDate.ofYear(2019));
        assertThatThrownBy(() -> EventJson.MAPPER.readValue("{\"on\":\"2019-13\"}", Dated.class))
                .isInstanceOf(ValueInstantiationException.class)
                .cause().hasMessage("'2019-13' is not a date: " + PartialDate.ACCEPTED);
    }
}
