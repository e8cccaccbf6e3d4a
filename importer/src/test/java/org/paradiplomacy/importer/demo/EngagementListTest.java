package org.paradiplomacy.importer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paradiplomacy.importer.Reference;

/** The sourced engagements list as the loader reads it: the real file beside the checkout, and a few made-up rows. */
class EngagementListTest {

    static final Path REAL = Path.of("../../shared/data/china_lac_engagements.csv");

    private static EngagementList.Contents real;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheRealList() throws Exception {
        real = EngagementList.read(REAL, Reference.gazetteer());
    }

    private static Recording line(long line) {
        return real.recordings().stream().filter(r -> r.row().line() == line).findFirst().orElseThrow();
    }

    private static Party party(String name, String kind, String country, String subdivision) {
        return new Party(name, kind, country, subdivision);
    }

    @Test
    void everyRowIsRecordedOrRefusedWithItsLineAndColumn() {
        assertThat(real.rows()).isEqualTo(79);
        assertThat(real.recordings()).hasSize(60);
        assertThat(real.refused()).extracting(Refused::line).containsExactly(44L, 45L, 46L, 48L, 49L, 52L, 53L, 54L,
                55L, 57L, 58L, 60L, 64L, 65L, 67L, 69L, 78L, 79L, 80L);
        assertThat(real.refused()).filteredOn(r -> r.line() == 44).extracting(Refused::column).containsExactly("status");
        assertThat(real.refused()).filteredOn(r -> r.line() == 60).extracting(Refused::text).containsExactly(
                "china_lac_engagements.csv, line 60, column leading_side: is empty: the source does not say which side"
                        + " is a statement's issuer");
        assertThat(real.refused()).filteredOn(r -> r.line() == 53).extracting(Refused::column, Refused::reason)
                .containsExactly(tuple("lac_actor", "names no actor: Representatives of 38 LAC states is not one actor"));
        assertThat(real.recordings()).extracting(r -> r.row().sourceUrl()).allMatch(url -> url.startsWith("http"));
    }

    @Test
    void kindsAreTheApisAndNamesLoseTheirDetail() {
        assertThat(line(2)).isEqualTo(new Recording.Agreement(line(2).row(), "sister-city",
                "Sister cities: Hubei (CN-HB) – Biobío (CL-BI)", java.util.List.of(
                        party("Hubei", "province", "CN", "CN-HB"), party("Biobío", "province", "CL", "CL-BI")), "2019"));
        assertThat(((Recording.Mission) line(15)).hosts()).containsExactly(party("Buenos Aires", "province", "AR", "AR-B"));
        assertThat(((Recording.Mission) line(8)).leader()).isEqualTo(party("Guangdong", "province", "CN", "CN-GD"));
        assertThat(line(25).parties()).containsExactly(party("Chongqing", "city", "CN", "CN-CQ"),
                party("Córdoba", "province", "AR", "AR-X"));
        assertThat(line(39).parties()).containsExactly(party("Xishan District", "district", "CN", "CN-JS"),
                party("Tatuí", "city", "BR", "BR-SP"));
        assertThat(line(37).parties()).containsExactly(party("Beijing", "city", "CN", "CN-BJ"),
                party("São Paulo", "city", "BR", "BR-SP"));
        assertThat(line(47)).isInstanceOfSatisfying(Recording.Conference.class, c -> {
            assertThat(c.title()).isEqualTo("China-LAC think-tank cooperation dialogue");
            assertThat(c.host()).isEqualTo(party("Zhengzhou", "city", "CN", "CN-HA"));
            assertThat(c.participants()).containsExactly(party("Government of Dominica", "national-body", "DM", null));
            assertThat(c.startsOn()).isEqualTo("2025-11-04");
        });
        assertThat(((Recording.Conference) line(42)).participants())
                .containsExactly(party("Congreso de Intendentes", "network", "UY", null));
        assertThat(((Recording.Conference) line(43)).host()).isEqualTo(party("CPAFFC", "national-body", "CN", null));
        assertThat(((Recording.Conference) line(56)).host()).isEqualTo(party("Hubei", "province", "CN", "CN-HB"));
        assertThat(((Recording.Statement) line(68)).issuer()).isEqualTo(party("Quilmes", "city", "AR", "AR-B"));
    }

    @Test
    void theLeadingSideLeadsHostsAndIssues() {
        Recording.Mission chineseLed = (Recording.Mission) line(10);
        assertThat(chineseLed.leader()).isEqualTo(party("Xiamen", "city", "CN", "CN-FJ"));
        assertThat(chineseLed.hosts()).containsExactly(party("Ceará", "province", "BR", "BR-CE"));
        Recording.Mission lacLed = (Recording.Mission) line(11);
        assertThat(lacLed.leader()).isEqualTo(party("Ceará", "province", "BR", "BR-CE"));
        assertThat(lacLed.hosts()).containsExactly(party("Xiamen", "city", "CN", "CN-FJ"));
        Recording.Statement sympathy = (Recording.Statement) line(75);
        assertThat(sympathy.issuer()).isEqualTo(party("Pernambuco", "province", "BR", "BR-PE"));
        assertThat(sympathy.about()).containsExactly(party("Sichuan", "province", "CN", "CN-SC"));
        assertThat(sympathy.issuedOn()).isEqualTo("2020");
        Recording.Statement donation = (Recording.Statement) line(71);
        assertThat(donation.issuer()).isEqualTo(party("Sichuan", "province", "CN", "CN-SC"));
        assertThat(donation.url()).isEqualTo("http://sxymzq.com/n2/2020/0420/c345167-33959784.html");
    }

    @Test
    void severalActorsOrSubdivisionsOfASideAreSeveralParties() {
        assertThat(((Recording.Mission) line(3)).hosts()).containsExactly(
                party("Madre de Dios", "province", "PE", "PE-MDD"), party("San Martín", "province", "PE", "PE-SAM"));
        assertThat(((Recording.Mission) line(16)).hosts()).containsExactly(
                party("Entre Ríos", "province", "AR", "AR-E"), party("Córdoba", "province", "AR", "AR-X"));
        assertThat(line(27).parties()).extracting(Party::subdivision)
                .containsExactly("CN-HN", "CN-HB", "CN-JX", "AR-X", "AR-S", "AR-E");
        assertThat(((Recording.Mission) line(14)).hosts()).containsExactly(
                party("Buenos Aires", "province", "AR", "AR-B"), party("Quilmes", "city", "AR", "AR-B"));
        // The row gives CN-BJ once, for Beijing: Xi'an is placed in its country only, not in Beijing.
        assertThat(((Recording.Mission) line(20)).hosts()).containsExactly(
                party("Beijing", "city", "CN", "CN-BJ"), party("Xi'an", "city", "CN", null));
        assertThat(((Recording.Statement) line(63)).about()).containsExactly(
                party("Nanchang", "city", "CN", "CN-JX"), party("Shangrao", "city", "CN", "CN-JX"));
        assertThat(((Recording.Conference) line(51)).participants()).containsExactly(
                party("Government of Trinidad and Tobago", "national-body", "TT", null),
                party("Government of Nicaragua", "national-body", "NI", null));
        assertThat(((Recording.Conference) line(59)).participants())
                .containsExactly(party("Government of Antigua and Barbuda", "national-body", "AG", null));
    }

    @Test
    void plannedAndScheduledMissionsAreNotCompleted() {
        assertThat(real.recordings()).filteredOn(Recording.Mission.class::isInstance).hasSize(19)
                .map(Recording.Mission.class::cast)
                .filteredOn(m -> !m.completed()).extracting(m -> m.row().line()).containsExactly(6L, 7L, 13L);
        assertThat(((Recording.Mission) line(5)).startsOn()).isEqualTo("2008-06");
    }

    @Test
    void aRowKeyDependsOnWhatItRecordsNotOnItsLine() throws Exception {
        String header = String.join(",", EngagementList.COLUMNS);
        String row = "agreement,sister-city,Wuhan,city,CN-HB,Concepción,city,CL,CL-BI,2016-04-07,day,signed,,,"
                + "Hubei news,https://example.org/wuhan";
        EngagementList.Contents first = EngagementList.read(write("a.csv", header + "\n" + row + "\n"), Reference.gazetteer());
        EngagementList.Contents moved = EngagementList.read(write("a.csv", header + "\n" + row.replace("Wuhan,city",
                "Xiamen,city").replace("CN-HB", "CN-FJ") + "\n" + row + "\n"), Reference.gazetteer());
        assertThat(moved.recordings().get(1).row().line()).isEqualTo(3);
        assertThat(moved.recordings().get(1).row().key()).isEqualTo(first.recordings().get(0).row().key())
                .startsWith("real-a-");
        assertThat(moved.recordings().get(0).row().key()).isNotEqualTo(first.recordings().get(0).row().key());
    }

    @Test
    void aDateMorePreciseThanItsPrecisionIsRefusedWithItsColumn() throws Exception {
        String header = String.join(",", EngagementList.COLUMNS);
        String row = "agreement,sister-city,Wuhan,city,CN-HB,Concepción,city,CL,CL-BI,%s,%s,signed,,,Hubei news,"
                + "https://example.org/wuhan";
        EngagementList.Contents contents = EngagementList.read(write("dates.csv", String.join("\n", header,
                row.formatted("2019-05-09", "month"), row.formatted("2019", "day"), row.formatted("2019-13", "month"),
                row.formatted("2019-05", "week"), row.formatted("2019-05", "month"))), Reference.gazetteer());
        assertThat(contents.refused()).extracting(Refused::text).containsExactly(
                "dates.csv, line 2, column date: '2019-05-09' is a day but date_precision says month: the row"
                        + " contradicts itself",
                "dates.csv, line 3, column date: '2019' is a year but date_precision says day: the row contradicts itself",
                "dates.csv, line 4, column date: '2019-13' is not a date: give a date as YYYY, YYYY-MM or YYYY-MM-DD",
                "dates.csv, line 5, column date_precision: 'week' is not one of day, month, year");
        assertThat(contents.recordings()).singleElement()
                .isInstanceOfSatisfying(Recording.Agreement.class, a -> assertThat(a.signedOn()).isEqualTo("2019-05"));
    }

    @Test
    void aRowThatCannotPlaceItsActorsIsRefused() throws Exception {
        String header = String.join(",", EngagementList.COLUMNS);
        EngagementList.Contents contents = EngagementList.read(write("bad.csv", String.join("\n", header,
                "agreement,sister-city,Hubei Province,province,,Biobío,region,CL,CL-BI,2019,year,signed,,,t,https://e.org",
                "agreement,sister-city,Wuhan,city,CN-HB,Biobío,region,CL,CN-HB,2019,year,signed,,,t,https://e.org",
                "agreement,sister-city,Wuhan,town,CN-HB,Biobío,region,CL,CL-BI,2019,year,signed,,,t,https://e.org",
                "mission,delegation,Wuhan,city,CN-HB,Biobío,region,CL,CL-BI,2019,year,cancelled,chinese,,t,https://e.org",
                "agreement,sister-city,Wuhan,city,CN-HB,Biobío,region,CL,CL-BI,2019,year,signed,,,,")),
                Reference.gazetteer());
        assertThat(contents.refused()).extracting(Refused::line, Refused::column).containsExactly(
                tuple(2L, "chinese_subdivision_iso"), tuple(3L, "lac_subdivision_iso"), tuple(4L, "chinese_actor_kind"),
                tuple(5L, "status"), tuple(6L, "source_url"));
        assertThat(contents.recordings()).isEmpty();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
