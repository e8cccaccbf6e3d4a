package org.paradiplomacy.actors.actor.api;

import org.paradiplomacy.actors.actor.application.CoordinatesModel;
import org.paradiplomacy.actors.actor.application.NamesModel;
import org.paradiplomacy.actors.actor.application.NewActor;
import org.paradiplomacy.actors.actor.application.OfficeModel;
import org.paradiplomacy.actors.actor.model.ActorCommand;
import org.paradiplomacy.actors.actor.model.ActorRef;
import org.paradiplomacy.actors.actor.model.Coordinates;
import org.paradiplomacy.actors.actor.model.ForeignAffairsOffice;
import org.paradiplomacy.actors.actor.model.Names;

/** Maps the API's requests to what the service and the domain take; a part left out stays absent. */
final class ActorMapper {

    private ActorMapper() {
    }

    static NewActor toNewActor(RegisterActorRequest request) {
        return new NewActor(request.kind(), toDomain(request.names()), request.aliases(), request.country(),
                request.subdivision(), request.parentId(), toDomain(request.coordinates()), request.population(),
                request.website(), toDomain(request.foreignAffairsOffice()), request.sources(),
                request.distinctFrom());
    }

    static ActorCommand.CorrectActorDetails toCommand(CorrectActorRequest request, ActorRef parent) {
        return new ActorCommand.CorrectActorDetails(toDomain(request.names()), request.country(),
                request.subdivision(), toDomain(request.coordinates()), request.population(), request.website(),
                toDomain(request.foreignAffairsOffice()), parent, request.sources());
    }

    static Names toDomain(NamesModel names) {
        return names == null ? null : names.toDomain();
    }

    private static Coordinates toDomain(CoordinatesModel coordinates) {
        return coordinates == null ? null : coordinates.toDomain();
    }

    private static ForeignAffairsOffice toDomain(OfficeModel office) {
        return office == null ? null : office.toDomain();
    }
}
