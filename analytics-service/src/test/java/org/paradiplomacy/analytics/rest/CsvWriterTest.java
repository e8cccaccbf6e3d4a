package org.paradiplomacy.analytics.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spreadsheet formulas in exported text stay text (CSV injection); numbers and plain text are untouched. */
class CsvWriterTest {

    public record Row(String title, List<String> aliases, long count, double change) {
    }

    private static String csv(List<?> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter(new ObjectMapper()).writeTo(rows, List.class, List.class, new Annotation[0],
                MediaType.valueOf(CsvWriter.TEXT_CSV), new MultivaluedHashMap<>(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cellsStartingWithAFormulaCharacterAreNeutralised() throws IOException {
        String written = csv(List.of(
                new Row("=HYPERLINK(\"http://evil.example\",\"x\")", List.of("+1", "a"), 3, -1.5),
                new Row("-2+3", List.of("@SUM(A1)"), 0, 2),
                new Row("\tTab", List.of(), 1, 0),
                new Row("\r=cmd", List.of(), 1, 0),
                new Row("Wuhan - Bordeaux", List.of("e=mc2"), 7, 0)));

        assertThat(written.split("\r\n")).containsExactly(
                "title,aliases,count,change",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1;a,3,-1.5",
                "'-2+3,'@SUM(A1),0,2.0",
                "'\tTab,,1,0.0",
                "\"'\r=cmd\",,1,0.0",
                "Wuhan - Bordeaux,e=mc2,7,0.0");
    }

    @Test
    void theRuleCoversEveryFormulaStart() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(CsvWriter.neutralised(start + "1")).isEqualTo("'" + start + "1");
        }
        assertThat(CsvWriter.neutralised("")).isEmpty();
        assertThat(CsvWriter.neutralised("Québec")).isEqualTo("Québec");
        assertThat(CsvWriter.neutralised(" =1")).isEqualTo(" =1");
    }
}
