package org.paradiplomacy.agreements.statement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Correction;
import org.paradiplomacy.agreements.engagement.Withdrawn;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What is recorded of a public statement: version 2 carries its issuer and subjects as the directory knew them,
 * its date at the precision of its source, and its sources. StatementService's codec reads version 1. A
 * correction carries the corrected whole; a withdrawal, why the record was made in error.
 */
public sealed interface StatementEvent {

    @SchemaVersion(2)
    record StatementIssued(
            @Schema(description = "The statement's id", format = "uuid", required = true) String statementId,
            @Schema(description = "The issuer as the directory knew it when the event was recorded", required = true) ActorSnapshot issuer,
            @Schema(description = "The counterparts it is about, one or more, as the directory knew them", required = true) List<ActorSnapshot> about,
            @Schema(description = "When it was issued, as precisely as known", required = true) PartialDate issuedOn,
            @Schema(description = "Its title", required = true) String title,
            @Schema(description = "Where it is published: an http or https address") String url,
            @Schema(description = "A summary") String summary,
            @Schema(description = "Where it is known from; absent when none was given") List<Source> sources)
            implements StatementEvent {
    }

    /** The corrected whole of a statement, which replaces it from its start (every figure, every date). */
    record StatementCorrected(
            @Schema(description = "The statement's id", format = "uuid", required = true) String statementId,
            @Schema(description = "The issuer as the directory knew it when the event was recorded", required = true) ActorSnapshot issuer,
            @Schema(description = "The counterparts it is about, one or more, as the directory knew them", required = true) List<ActorSnapshot> about,
            @Schema(description = "When it was issued, as precisely as known", required = true) PartialDate issuedOn,
            @Schema(description = "Its title", required = true) String title,
            @Schema(description = "Where it is published: an http or https address") String url,
            @Schema(description = "A summary") String summary,
            @Schema(description = "Where the correction is known from; absent when none was given") List<Source> sources)
            implements StatementEvent, Correction {
    }

    /** A statement recorded in error: it never happened, leaves every figure at every date, and stays readable. */
    record StatementWithdrawn(
            @Schema(description = "The statement's id", format = "uuid", required = true) String statementId,
            @Schema(description = "Why it was withdrawn", required = true) String reason,
            @Schema(description = "Where it is known from; absent when none was given") List<Source> sources)
            implements StatementEvent, Withdrawn {
    }
}
