package org.paradiplomacy.agreements.conference;

import java.util.List;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client asks of a conference; the actors it names come already looked up. */
public sealed interface ConferenceCommand permits HoldConference, ConferenceCommand.CorrectConference,
        ConferenceCommand.WithdrawConference {

    /** A conference as a whole, as its recording or a correction gives it; both are checked alike. */
    interface Whole {

        String title();

        String series();

        ActorRef host();

        List<ActorRef> participants();

        PartialDate startsOn();

        PartialDate endsOn();

        String place();

        List<CooperationField> fields();

        List<Source> sources();
    }

    /** The corrected whole of a recorded conference, which replaces it from its start. */
    record CorrectConference(String title, String series, ActorRef host, List<ActorRef> participants,
            PartialDate startsOn, PartialDate endsOn, String place, List<CooperationField> fields,
            List<Source> sources) implements ConferenceCommand, Whole {
    }

    /** The conference was recorded in error. */
    record WithdrawConference(String reason, List<Source> sources) implements ConferenceCommand {
    }
}
