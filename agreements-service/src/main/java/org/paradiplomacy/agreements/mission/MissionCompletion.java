package org.paradiplomacy.agreements.mission;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client gives to complete a mission: the ids of the agreements signed, which the service looks up. */
public interface MissionCompletion {

    PartialDate completedOn();

    String outcomes();

    List<String> agreementsSigned();

    List<Source> sources();
}
