package org.paradiplomacy.agreements.conference;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What a client gives to record a conference: the ids it names, which the service looks up. */
public interface NewConference {

    String title();

    String series();

    String host();

    List<String> participants();

    LocalDate startsOn();

    LocalDate endsOn();

    String place();

    List<CooperationField> fields();
}
