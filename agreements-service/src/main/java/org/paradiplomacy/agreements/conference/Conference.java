package org.paradiplomacy.agreements.conference;

import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * A conference or forum held by a host with participants, such as a China–LAC Local Governments Cooperation Forum;
 * as last corrected, with the sources of its record and of every correction; withdrawn if recorded in error.
 */
public record Conference(String id, String title, String series, String host, List<String> participants,
        PartialDate startsOn, PartialDate endsOn, String place, List<CooperationField> fields, List<Source> sources,
        boolean withdrawn) {

    public Conference {
        sources = sources == null ? List.of() : sources;
    }
}
