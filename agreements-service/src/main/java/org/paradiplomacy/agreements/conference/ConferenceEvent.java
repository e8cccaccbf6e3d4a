package org.paradiplomacy.agreements.conference;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What is recorded of a conference. */
public sealed interface ConferenceEvent {

    record ConferenceHeld(String conferenceId, String title, String series, String host, List<String> participants,
            LocalDate startsOn, LocalDate endsOn, String place, List<CooperationField> fields) implements ConferenceEvent {
    }
}
