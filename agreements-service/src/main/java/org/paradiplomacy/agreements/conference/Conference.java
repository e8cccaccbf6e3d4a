package org.paradiplomacy.agreements.conference;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** A conference or forum held by a host with participants, such as a China–LAC Local Governments Cooperation Forum. */
public record Conference(String id, String title, String series, String host, List<String> participants,
        LocalDate startsOn, LocalDate endsOn, String place, List<CooperationField> fields) {
}
