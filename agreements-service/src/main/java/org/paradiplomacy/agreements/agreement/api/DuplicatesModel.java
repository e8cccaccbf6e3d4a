package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.agreement.Agreement;
import org.paradiplomacy.agreements.agreement.AgreementKind;
import org.paradiplomacy.agreements.agreement.AgreementService.Duplicates;
import org.paradiplomacy.agreements.agreement.AgreementStatus;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.provenance.PartialDate;

@Schema(name = "PossibleDuplicates", description = "Agreements of one kind between one set of parties, from more than one"
        + " chain of upgrades: perhaps one link recorded twice.")
public record DuplicatesModel(
        @Schema(description = "Their kind", examples = "sister-city") AgreementKind kind,
        @Schema(description = "Their parties, as the directory knows them") List<Party> parties,
        @Schema(description = "The agreements, earliest main date first") List<Item> agreements) {

    @Schema(name = "PossibleDuplicateParty", description = "A party of the agreements of a group")
    public record Party(
            @Schema(description = "The actor's id") String actorId,
            @Schema(description = "Its English name, if the directory knows it", examples = "Wuhan") String name) {
    }

    @Schema(name = "PossibleDuplicate", description = "One agreement of a group")
    public record Item(
            @Schema(description = "The agreement's id") String id,
            @Schema(description = "Title", examples = "Sister-city agreement between Wuhan and Concepción") String title,
            @Schema(description = "Where it is in its life", examples = "signed") AgreementStatus status,
            @Schema(description = "When it was proposed, if known", examples = "2016-01") PartialDate proposedOn,
            @Schema(description = "When it was signed, if known", examples = "2016-04") PartialDate signedOn,
            @Schema(description = "When the day of signing is unknown: the day a source attests it") LocalDate signedNoLaterThan,
            @Schema(description = "The version of its record", examples = "2") long version) {

        static Item of(Recorded<Agreement> recorded) {
            Agreement a = recorded.state();
            return new Item(a.id(), a.title(), a.status(), a.proposedOn(), a.signedOn(), a.signedNoLaterThan(),
                    recorded.version());
        }
    }

    public static DuplicatesModel of(Duplicates group) {
        return new DuplicatesModel(group.agreements().getFirst().state().kind(),
                group.parties().stream().map(p -> new Party(p.actorId(), p.name())).toList(),
                group.agreements().stream().map(Item::of).toList());
    }
}
