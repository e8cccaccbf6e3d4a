package org.paradiplomacy.agreements.conference;

import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client gives to record a conference: the ids it names, which the service looks up. */
public interface NewConference {

    String title();

    String series();

    String host();

    List<String> participants();

    PartialDate startsOn();

    PartialDate endsOn();

    String place();

    List<CooperationField> fields();

    List<Source> sources();
}
