package org.paradiplomacy.actors.actor.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.Membership;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Membership", description = "A membership of an international network or forum, dated as precisely as"
        + " its sources date it.")
public record MembershipModel(
        @Schema(description = "The network's or forum's actor id") String networkId,
        @Schema(description = "The member's role, if any", examples = "co-president") String role,
        @Schema(description = "When the membership began, as given: YYYY, YYYY-MM or YYYY-MM-DD", examples = "2004-05")
        PartialDate since,
        @Schema(description = "When it ended, as given; absent while it lasts", examples = "2020-12") PartialDate until,
        @Schema(description = "The sources of its start and of its end, in order, each once") List<Source> sources,
        @Schema(description = "Whether any source is given for it") boolean sourced) {

    public MembershipModel {
        sources = sources == null ? List.of() : sources;
    }

    public static MembershipModel of(Membership membership) {
        return new MembershipModel(membership.networkId(), membership.role(), membership.since(), membership.until(),
                membership.sources(), Sources.any(membership.sources()));
    }
}
