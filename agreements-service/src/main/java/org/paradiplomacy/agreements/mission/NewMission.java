package org.paradiplomacy.agreements.mission;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What a client gives to plan a mission: the ids it names, which the service looks up. */
public interface NewMission {

    MissionKind kind();

    String leader();

    List<String> hosts();

    LocalDate startsOn();

    LocalDate endsOn();

    String purpose();

    List<CooperationField> fields();
}
