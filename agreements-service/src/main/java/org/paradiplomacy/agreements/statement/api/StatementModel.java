package org.paradiplomacy.agreements.statement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.WithdrawalModel;
import org.paradiplomacy.agreements.statement.Statement;
import org.paradiplomacy.eventsourcing.rest.Versioned;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Statement", description = "An official public statement by an actor about its counterparts.")
public record StatementModel(
        @Schema(description = "The statement's id") String id,
        @Schema(description = "The issuing actor's id") String issuer,
        @Schema(description = "The counterparts it is about") List<String> about,
        @Schema(description = "When it was issued, as precisely as its source says", examples = "2016-04") PartialDate issuedOn,
        @Schema(description = "Title", examples = "Joint statement on the Biobío–Hubei cooperation") String title,
        @Schema(description = "Where it is published", examples = "https://www.gob.cl/") String url,
        @Schema(description = "A summary") String summary,
        @Schema(description = Docs.WITHDRAWAL) WithdrawalModel withdrawal,
        @Schema(description = Docs.ALL_SOURCES) List<Source> sources,
        @Schema(description = Docs.SOURCED, examples = "true") boolean sourced,
        @Schema(description = "The version of its record, also its ETag", examples = "1") long version) implements Versioned {

    public static StatementModel of(Recorded<Statement> recorded) {
        Statement s = recorded.state();
        return new StatementModel(s.id(), s.issuer(), s.about(), s.issuedOn(), s.title(), s.url(), s.summary(),
                WithdrawalModel.of(recorded.withdrawal()), s.sources(), Sources.any(s.sources()), recorded.version());
    }
}
