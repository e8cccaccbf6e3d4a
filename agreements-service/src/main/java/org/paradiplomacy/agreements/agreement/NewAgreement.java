package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What a client gives to record an agreement: the ids it names, which the service looks up. */
public interface NewAgreement {

    AgreementKind kind();

    String title();

    List<String> parties();

    List<CooperationField> fields();

    String upgrades();

    LocalDate proposedOn();

    /** For an agreement recorded as already signed, its signing; null for a proposal. */
    Signing signing();
}
