package org.paradiplomacy.agreements.mission;

import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client gives to plan a mission: the ids it names, which the service looks up. */
public interface NewMission {

    MissionKind kind();

    String leader();

    List<String> hosts();

    PartialDate startsOn();

    PartialDate endsOn();

    String purpose();

    List<CooperationField> fields();

    List<Source> sources();
}
