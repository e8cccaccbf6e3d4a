package org.paradiplomacy.agreements.conference.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.conference.Conference;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.WithdrawalModel;
import org.paradiplomacy.eventsourcing.rest.Versioned;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Conference", description = "A conference or forum that was held, with its host and participants, as last corrected.")
public record ConferenceModel(
        @Schema(description = "The conference's id") String id,
        @Schema(description = "Title", examples = "China–LAC Local Governments Cooperation Forum") String title,
        @Schema(description = "The series it belongs to", examples = "China–LAC Local Governments Cooperation Forum") String series,
        @Schema(description = "The host actor's id") String host,
        @Schema(description = "The participating actors' ids") List<String> participants,
        @Schema(description = "First day, as precisely as its source says", examples = "2016-11") PartialDate startsOn,
        @Schema(description = "Last day, as precisely as known") PartialDate endsOn,
        @Schema(description = "Where it was held", examples = "Chengdu") String place,
        @Schema(description = "Fields of cooperation") List<CooperationField> fields,
        @Schema(description = Docs.WITHDRAWAL) WithdrawalModel withdrawal,
        @Schema(description = Docs.ALL_SOURCES) List<Source> sources,
        @Schema(description = Docs.SOURCED, examples = "true") boolean sourced,
        @Schema(description = "The version of its record, also its ETag", examples = "1") long version) implements Versioned {

    public static ConferenceModel of(Recorded<Conference> recorded) {
        Conference c = recorded.state();
        return new ConferenceModel(c.id(), c.title(), c.series(), c.host(), c.participants(), c.startsOn(),
                c.endsOn(), c.place(), c.fields(), WithdrawalModel.of(recorded.withdrawal()), c.sources(),
                Sources.any(c.sources()), recorded.version());
    }
}
