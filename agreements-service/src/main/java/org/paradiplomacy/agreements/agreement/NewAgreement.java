package org.paradiplomacy.agreements.agreement;

import java.util.List;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client gives to record an agreement: the ids it names, which the service looks up. */
public interface NewAgreement {

    AgreementKind kind();

    String title();

    List<String> parties();

    List<CooperationField> fields();

    String upgrades();

    PartialDate proposedOn();

    /** The sources of the agreement itself (a signing recorded with it has its own). */
    List<Source> sources();

    /** For an agreement recorded as already signed, its signing; null for a proposal. */
    Signing signing();
}
