package org.paradiplomacy.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Asks the drill-down for the records behind every figure of a statistic, and holds its total to the figure. */
final class DrillDown {

    private final Records records;
    private int checked;

    DrillDown(Records records) {
        this.records = records;
    }

    int checked() {
        return checked;
    }

    void regions(List<RegionStats> rows, RegionLevel level, LocalDate day, boolean sourced) {
        for (RegionStats row : rows) {
            String as = level + " " + row.region() + (row.country() == null ? "" : " of " + row.country()) + " on " + day
                    + (sourced ? ", sourced" : "");
            Filter inRegion = new Filter(day, sourced).region(row.region(), level);
            // An unknown subdivision of a country, or (without one) the actors without a country at all.
            Filter region = !row.region().equals(RegionLevel.UNKNOWN) || level != RegionLevel.SUBDIVISION ? inRegion
                    : row.country() != null ? inRegion.country(row.country())
                    : new Filter(day, sourced).region(RegionLevel.UNKNOWN, RegionLevel.COUNTRY);
            row.actorsByKind().forEach((kind, count) ->
                    check(region.type("actor").kind(kind), count, as + ", actors of kind " + kind));
            check(region.type("membership"), row.networkMemberships(), as + ", memberships");
            row.agreementsByKind().forEach((kind, count) ->
                    check(region.type("agreement").kind(kind), count, as + ", agreements of kind " + kind));
            row.agreementsByStatus().forEach((status, count) ->
                    check(region.type("agreement").status(status), count, as + ", agreements " + status));
            check(region.type("agreement").status("signed"), row.activeAgreements(), as + ", active agreements");
            check(region.type("mission").status("completed").role("leader"), row.missionsLed(), as + ", missions led");
            check(region.type("mission").status("completed").role("host"), row.missionsHosted(), as + ", missions hosted");
            check(region.type("conference"), row.conferences(), as + ", conferences");
            check(region.type("statement"), row.statements(), as + ", statements");
        }
    }

    void regionPairs(List<RegionPair> rows, RegionLevel counterpartLevel, LocalDate day, boolean sourced) {
        for (RegionPair row : rows) {
            Filter pair = new Filter(day, sourced).type("agreement").region(row.china(), RegionLevel.SUBDIVISION)
                    .counterpart(row.counterpart(), counterpartLevel).counterpartCountry(row.counterpartCountry());
            if (row.china().equals(RegionLevel.UNKNOWN)) {
                pair = pair.country("CN");
            }
            String as = row.china() + " × " + row.counterpart() + " on " + day + (sourced ? ", sourced" : "");
            check(pair, row.agreements(), as);
            check(pair.status("signed"), row.active(), as + ", active");
        }
    }

    void countryPairs(List<CountryPair> rows, LocalDate day, boolean sourced) {
        for (CountryPair row : rows) {
            Filter pair = new Filter(day, sourced).type("agreement").region(row.country(), RegionLevel.COUNTRY)
                    .counterpart(row.otherCountry(), RegionLevel.COUNTRY);
            String as = row.country() + " × " + row.otherCountry() + " on " + day + (sourced ? ", sourced" : "");
            check(pair, row.agreements(), as);
            check(pair.status("signed"), row.active(), as + ", active");
        }
    }

    void years(List<YearStats> rows, LocalDate day, boolean sourced) {
        for (YearStats row : rows) {
            Filter year = new Filter(day, sourced).year(row.year());
            String as = row.year() + " up to " + day + (sourced ? ", sourced" : "");
            check(year.type("agreement"), row.agreementsSigned(), as + ", signed");
            check(year.type("mission"), row.missionsCompleted(), as + ", completed");
            check(year.type("conference"), row.conferences(), as + ", conferences");
            check(year.type("statement"), row.statements(), as + ", statements");
        }
    }

    void fields(List<FieldShare> rows, LocalDate day, boolean sourced) {
        for (FieldShare row : rows) {
            check(new Filter(day, sourced).type("agreement").status("signed").field(row.field()), row.agreements(),
                    row.field() + " on " + day);
        }
    }

    private void check(Filter filter, long figure, String as) {
        RecordPage page = records.find(filter.build());
        assertThat(page.total()).as("the records behind %s", as).isEqualTo(figure);
        assertThat(page.items()).as("the first page behind %s", as).hasSize((int) Math.min(figure, 500));
        checked++;
    }

    /** A drill-down's filters, built up immutably. */
    private record Filter(LocalDate day, boolean sourced, String type, String status, String kind, String field,
            Integer year, String region, RegionLevel level, String role, String counterpart, RegionLevel counterpartLevel,
            String country, String counterpartCountry) {
        Filter(LocalDate day, boolean sourced) {
            this(day, sourced, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        Filter country(String value) {
            return new Filter(day, sourced, type, status, kind, field, year, region, level, role, counterpart,
                    counterpartLevel, value, counterpartCountry);
        }

        Filter counterpartCountry(String value) {
            return new Filter(day, sourced, type, status, kind, field, year, region, level, role, counterpart,
                    counterpartLevel, country, value);
        }

        Filter type(String value) {
            return new Filter(day, sourced, value, status, kind, field, year, region, level, role, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter status(String value) {
            return new Filter(day, sourced, type, value, kind, field, year, region, level, role, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter kind(String value) {
            return new Filter(day, sourced, type, status, value, field, year, region, level, role, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter field(String value) {
            return new Filter(day, sourced, type, status, kind, value, year, region, level, role, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter year(int value) {
            return new Filter(day, sourced, type, status, kind, field, value, region, level, role, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter region(String value, RegionLevel at) {
            return new Filter(day, sourced, type, status, kind, field, year, value, at, role, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter role(String value) {
            return new Filter(day, sourced, type, status, kind, field, year, region, level, value, counterpart, counterpartLevel, country, counterpartCountry);
        }

        Filter counterpart(String value, RegionLevel at) {
            return new Filter(day, sourced, type, status, kind, field, year, region, level, role, value, at, country, counterpartCountry);
        }

        RecordFilter build() {
            return new RecordFilter(day, sourced, type, status, kind, field, year, region, level, role, country,
                    counterpart, counterpartLevel, counterpartCountry, 0, 500);
        }
    }
}
