package org.paradiplomacy.agreements.mission;

import java.time.LocalDate;
import java.util.List;

/** What a client gives to complete a mission: the ids of the agreements signed, which the service looks up. */
public interface MissionCompletion {

    LocalDate completedOn();

    String outcomes();

    List<String> agreementsSigned();
}
