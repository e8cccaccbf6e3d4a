package org.paradiplomacy.agreements.domain;

import java.time.LocalDate;
import java.util.List;

/** What is recorded of a conference. */
public sealed interface ConferenceEvent {

    record ConferenceHeld(String conferenceId, String title, String series, String host, List<String> participants,
            LocalDate startsOn, LocalDate endsOn, String place, List<CooperationField> fields) implements ConferenceEvent {
    }
}
