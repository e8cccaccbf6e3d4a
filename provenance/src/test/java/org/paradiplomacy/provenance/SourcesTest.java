package org.paradiplomacy.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;

class SourcesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static List<FieldError> errors(List<Source> sources) {
        try {
            Sources.check(new Rules(), "sources", sources, TODAY).check();
            return List.of();
        } catch (RuleViolation e) {
            return e.errors();
        }
    }

    private static Source titled(String title, String url) {
        return new Source(title, url, null, null, null, null, null);
    }

    @Test
    void acceptsATitleOrAnAddressAndNoSourcesAtAll() {
        assertThat(errors(null)).isEmpty();
        assertThat(errors(List.of())).isEmpty();
        assertThat(errors(List.of(titled("Guangzhou sister cities", null), titled(null, "HTTPS://example.org/a?b=c#d"),
                new Source("t", "http://hb.cri.cn/2019-05-09/x.html", "CRI Hubei", PartialDate.parse("2019-05"),
                        TODAY, "zh-Hans", "湖北省人大代表团")))).isEmpty();
    }

    @Test
    void namesEveryFieldAtFault() {
        assertThat(errors(List.of(titled(" ", null), titled(null, "ftp://example.org/x"), titled(null, "example.org"),
                titled(null, "https:///nohost"), titled(null, "http://exa mple.org"))))
                .extracting(FieldError::field)
                .containsExactly("sources[0]", "sources[1].url", "sources[2].url", "sources[3].url", "sources[4].url");
        assertThat(errors(List.of(titled(null, "https://example.org/Concepción"),
                titled(null, "https://example.org/Concepci%C3%B3n")))).extracting(FieldError::field)
                .as("an address beyond ASCII must come percent-encoded").containsExactly("sources[0].url");
        assertThat(errors(List.of(new Source("t", null, null, PartialDate.parse("2027"), null, "not a tag!", null),
                new Source("t", null, null, null, LocalDate.of(2026, 12, 2), null, null)))).extracting(FieldError::field)
                .containsExactly("sources[0].language", "sources[0].publishedOn", "sources[1].accessedOn");
        assertThat(errors(List.of(new Source("t", null, null, PartialDate.parse("2019-05"), LocalDate.of(2019, 4, 30),
                null, null)))).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("sources[0].accessedOn");
                    assertThat(e.message()).contains("2019-05");
                });
        assertThat(errors(Collections.singletonList(null))).extracting(FieldError::field).containsExactly("sources[0]");
    }

    @Test
    void holdsItsBoundsExactly() {
        String atLimit = "x".repeat(Sources.EXCERPT);
        assertThat(errors(List.of(new Source("t".repeat(Sources.TITLE), "https://e.org/" + "p".repeat(Sources.URL - 14),
                "p".repeat(Sources.PUBLISHER), null, null, null, atLimit)))).isEmpty();
        assertThat(errors(List.of(new Source("t".repeat(Sources.TITLE + 1), "https://e.org/" + "p".repeat(Sources.URL - 13),
                "p".repeat(Sources.PUBLISHER + 1), null, null, null, atLimit + "x")))).extracting(FieldError::field)
                .containsExactly("sources[0].title", "sources[0].publisher", "sources[0].excerpt", "sources[0].url");
        assertThat(errors(Collections.nCopies(Sources.PER_RECORD, titled("t", null)))).isEmpty();
        assertThat(errors(Collections.nCopies(Sources.PER_RECORD + 1, titled("t", null)))).singleElement()
                .extracting(FieldError::field).isEqualTo("sources");
    }
}
