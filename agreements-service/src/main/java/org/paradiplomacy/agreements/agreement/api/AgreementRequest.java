package org.paradiplomacy.agreements.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementKind;
import org.paradiplomacy.agreements.agreement.NewAgreement;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "AgreementRequest", description = "A new agreement: proposed, or with `signed` recorded at once as signed on a past date.")
public record AgreementRequest(
        @Schema(required = true, description = "letter-of-intent, memorandum-of-understanding, cooperation, friendly-exchange or sister-city", examples = "sister-city") AgreementKind kind,
        @Schema(required = true, maxLength = EngagementLimits.TITLE, examples = "Sister-city agreement between Wuhan and Concepción") String title,
        @Schema(required = true, description = "Two or more distinct actor ids (at most " + EngagementLimits.PARTIES + "), each known to the directory and not retired",
                maxItems = EngagementLimits.PARTIES, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> parties,
        @Schema(description = "Fields of cooperation, from the fixed vocabulary", maxItems = EngagementLimits.FIELDS) List<CooperationField> fields,
        @Schema(description = "The id of the agreement this one upgrades", maxLength = EngagementLimits.ID) String upgrades,
        @Schema(description = "When it was proposed, as precisely as the source says (" + Docs.PARTIAL_DATE
                + "); required unless `signed` is given", examples = "2016-01") PartialDate proposedOn,
        @Schema(description = "Record it as already signed, with the signing's own sources") SigningRequest signed,
        @Schema(description = Docs.SOURCES + " (of the agreement itself)", maxItems = Sources.PER_RECORD) List<Source> sources) implements NewAgreement {

    @Override
    public Signing signing() {
        return signed == null ? null : signed.signing();
    }
}
