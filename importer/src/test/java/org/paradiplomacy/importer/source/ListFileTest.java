package org.paradiplomacy.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paradiplomacy.importer.Reference;
import org.paradiplomacy.importer.source.ParsedRow.Link;
import org.paradiplomacy.importer.source.ParsedRow.Rejected;

class ListFileTest {

    @TempDir
    Path dir;

    private ListFile.Contents read(String text) throws Exception {
        Path file = dir.resolve("list.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ListFile.read(file, Reference.countries());
    }

    private static LinkRow link(ListFile.Contents contents, int index) {
        return ((Link) contents.rows().get(index)).row();
    }

    private static String rejection(ListFile.Contents contents, int index) {
        assertThat(contents.rows().get(index)).isInstanceOf(Rejected.class);
        return ((Rejected) contents.rows().get(index)).reason();
    }

    @Test
    void theTwinCitiesFormatReadsWithItsHeaderCoordinatesAndQualifiedNames() throws Exception {
        ListFile.Contents contents = read("""
                city1,country1,lat1,lng1,city2,country2,lat2,lng2
                Wuhan,China,30.5928,114.3055,Concepción,Chile,-36.8270,-73.0498
                "Suzhou, Jiangsu",China,31.3,120.6,"Córdoba, Bolívar",Colombia,9.5244,-74.878
                "Binhai (Tianjin)",China,,,Aberystwyth,"Wales, United Kingdom",52.414,-4.081
                "Frankfurt (Oder)",Germany,52.34,14.55,Gorzów Wielkopolski,Poland,52.73,15.23
                """);
        assertThat(contents.format()).isEqualTo("twin-cities");
        assertThat(link(contents, 0).first()).isEqualTo(new PlaceMention("Wuhan", "CN", null, "city", 30.5928, 114.3055));
        assertThat(link(contents, 0).second().country()).isEqualTo("CL");
        assertThat(link(contents, 0).line()).isEqualTo(2);
        assertThat(link(contents, 1).first()).extracting(PlaceMention::name, PlaceMention::subdivision)
                .containsExactly("Suzhou", "CN-JS");
        assertThat(link(contents, 1).second()).extracting(PlaceMention::name, PlaceMention::subdivision)
                .containsExactly("Córdoba", "CO-BOL");
        assertThat(link(contents, 2).first()).extracting(PlaceMention::name, PlaceMention::subdivision,
                PlaceMention::latitude).containsExactly("Binhai", "CN-TJ", null);
        assertThat(link(contents, 2).second().subdivision()).isEqualTo("GB-WLS");
        assertThat(link(contents, 3).first()).extracting(PlaceMention::name, PlaceMention::subdivision)
                .containsExactly("Frankfurt (Oder)", null);
        assertThat(link(contents, 3).agreementKind()).isEqualTo("sister-city");
        assertThat(link(contents, 3).signedOn()).isNull();
    }

    @Test
    void aFileWithoutHeaderOrCoordinatesIsReadFromItsFirstLine() throws Exception {
        ListFile.Contents contents = read("Rosario,Argentina,Guangzhou,China\n");
        assertThat(contents.rows()).hasSize(1);
        assertThat(link(contents, 0).second()).extracting(PlaceMention::name, PlaceMention::country)
                .containsExactly("Guangzhou", "CN");
    }

    @Test
    void everyKindOfBadRowIsRejectedWithItsLineAndReason() throws Exception {
        ListFile.Contents contents = read("""
                city1,country1,lat1,lng1,city2,country2,lat2,lng2
                Berat,Albania,40.7,19.9,Amasya,Turkey,40.6
                ,Albania,40.7,19.9,Amasya,Turkey,40.6,35.8
                Berat,,40.7,19.9,Amasya,Turkey,40.6,35.8
                Pristina,Kosovo,42.6,21.1,Tirana,Albania,41.3,19.8
                Berat,Atlantis,40.7,19.9,Amasya,Turkey,40.6,35.8
                Berat,Albania,north,19.9,Amasya,Turkey,40.6,35.8
                Berat,Albania,40.7,19.9,Amasya,Turkey,140.6,35.8
                Berat,Albania,40.7,19.9,BERAT,Albania,40.7,19.9
                %s,Albania,40.7,19.9,Amasya,Turkey,40.6,35.8
                Be\u0007rat,Albania,40.7,19.9,Amasya,Turkey,40.6,35.8
                "Berat,Albania,40.7,19.9,Amasya,Turkey,40.6,35.8
                """.formatted("B".repeat(201)));
        assertThat(contents.rows()).extracting(ParsedRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(rejection(contents, 0)).isEqualTo(
                "expected 4 or 8 columns (city1,country1[,lat1,lng1],city2,country2[,lat2,lng2]), found 7");
        assertThat(rejection(contents, 1)).isEqualTo("city1 is empty");
        assertThat(rejection(contents, 2)).isEqualTo("country1 is empty");
        assertThat(rejection(contents, 3)).startsWith("country1 'Kosovo' has no ISO 3166-1 code");
        assertThat(rejection(contents, 4)).startsWith("country1 'Atlantis' is not a country name");
        assertThat(rejection(contents, 5)).startsWith("city1's coordinates 'north', '19.9' are not");
        assertThat(rejection(contents, 6)).startsWith("city2's coordinates '140.6', '35.8' are not");
        assertThat(rejection(contents, 7)).isEqualTo("both sides name the same place, Berat (AL)");
        assertThat(rejection(contents, 8)).isEqualTo("city1 is longer than 200 characters");
        assertThat(rejection(contents, 9)).isEqualTo("city1 contains control characters");
        assertThat(rejection(contents, 10)).isEqualTo("malformed CSV: a quoted cell is never closed");
    }

    @Test
    void theObservatoryFormatCarriesKindsCodesDatesAndFields() throws Exception {
        ListFile.Contents contents = read("""
                name1,kind1,country1,subdivision1,name2,kind2,country2,subdivision2,agreement_kind,signed_on,fields,title
                Hubei,province,CN,CN-HB,Biobío,province,CL,CL-BI,friendly-exchange,2018-11-04,trade; education,Hubei–Biobío
                Wuhan,,China,Hubei,Concepción,,Chile,,,,,
                Hubei,province,CN,,Biobío,province,CL,CL-BI,,,,
                Wuhan,town,CN,,Concepción,,CL,,,,,
                Wuhan,,CN,CN-XX,Concepción,,CL,,,,,
                Wuhan,,CN,,Concepción,,CL,,alliance,,,
                Wuhan,,CN,,Concepción,,CL,,,2016-04-31,,
                Wuhan,,CN,,Concepción,,CL
                """);
        assertThat(contents.format()).isEqualTo("observatory");
        LinkRow first = link(contents, 0);
        assertThat(first.first()).isEqualTo(new PlaceMention("Hubei", "CN", "CN-HB", "province", null, null));
        assertThat(first).extracting(LinkRow::agreementKind, LinkRow::signedOn, LinkRow::fields, LinkRow::title)
                .containsExactly("friendly-exchange", LocalDate.of(2018, 11, 4), List.of("trade", "education"), "Hubei–Biobío");
        assertThat(link(contents, 1).first().subdivision()).isEqualTo("CN-HB");
        assertThat(link(contents, 1).agreementKind()).isEqualTo("sister-city");
        assertThat(rejection(contents, 2)).isEqualTo("subdivision1 is required for a province (its ISO 3166-2 code)");
        assertThat(rejection(contents, 3)).isEqualTo("kind1 'town' is not one of city, district, province");
        assertThat(rejection(contents, 4)).isEqualTo("subdivision1 'CN-XX' is not a subdivision of CN");
        assertThat(rejection(contents, 5)).startsWith("agreement_kind 'alliance' is not one of");
        assertThat(rejection(contents, 6)).isEqualTo("signed_on '2016-04-31' is not a date (YYYY-MM-DD)");
        assertThat(rejection(contents, 7)).isEqualTo("expected 12 columns as in the header, found 7");
    }

    @Test
    void aFileThatCannotBeReadImportsNothing() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "Wuhan,China,Concepci\u00f3n,Chile\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ListFile.read(file, Reference.countries())).hasMessageContaining("is not UTF-8 text");
        assertThatThrownBy(() -> read("name1,country1,name2,country2,mood\n"))
                .hasMessageContaining("unknown column 'mood'");
        assertThatThrownBy(() -> read("name1,country1,name2\n")).hasMessageContaining("no 'country2' column");
        assertThatThrownBy(() -> read("")).hasMessageContaining("is empty");
    }
}
