package org.paradiplomacy.actors.rest;

import java.util.List;
import java.util.function.Function;
import org.paradiplomacy.actors.domain.Actor;
import org.paradiplomacy.actors.domain.ActorCommand;
import org.paradiplomacy.actors.domain.ActorRef;
import org.paradiplomacy.actors.domain.Coordinates;
import org.paradiplomacy.actors.domain.ForeignAffairsOffice;
import org.paradiplomacy.actors.domain.Names;
import org.paradiplomacy.actors.rest.model.ActorModel;
import org.paradiplomacy.actors.rest.model.CoordinatesModel;
import org.paradiplomacy.actors.rest.model.CorrectActorRequest;
import org.paradiplomacy.actors.rest.model.M49Model;
import org.paradiplomacy.actors.rest.model.MembershipModel;
import org.paradiplomacy.actors.rest.model.NamesModel;
import org.paradiplomacy.actors.rest.model.OfficeModel;
import org.paradiplomacy.actors.rest.model.RegisterActorRequest;
import org.paradiplomacy.actors.rest.model.RetirementModel;

/** Maps between the API's models and the domain's records. */
public final class ActorMapper {

    private ActorMapper() {
    }

    public static ActorModel toModel(Actor actor, long version) {
        var place = actor.place();
        return new ActorModel(actor.id(), actor.kind(), toModel(actor.names()), actor.aliases(), place.country(),
                place.subdivision(),
                place.m49Region() == null ? null
                        : new M49Model(place.m49Region(), place.m49Subregion(), place.m49IntermediateRegion()),
                actor.parentId(),
                actor.coordinates() == null ? null
                        : new CoordinatesModel(actor.coordinates().latitude(), actor.coordinates().longitude()),
                actor.population(), actor.website(),
                actor.foreignAffairsOffice() == null ? null : new OfficeModel(actor.foreignAffairsOffice().name(),
                        actor.foreignAffairsOffice().website(), actor.foreignAffairsOffice().email()),
                actor.memberships().stream()
                        .map(m -> new MembershipModel(m.networkId(), m.role(), m.since(), m.until())).toList(),
                actor.retirement() == null ? null : new RetirementModel(actor.retirement().reason(),
                        actor.retirement().mergedInto(), actor.retirement().effectiveOn()),
                version);
    }

    public static ActorCommand.RegisterActor toCommand(String id, RegisterActorRequest request,
            Function<String, ActorRef> actors) {
        return new ActorCommand.RegisterActor(id, request.kind(), toDomain(request.names()),
                request.aliases() == null ? List.of() : request.aliases(), request.country(), request.subdivision(),
                request.parentId() == null ? null : actors.apply(request.parentId()), toDomain(request.coordinates()),
                request.population(), request.website(), toDomain(request.foreignAffairsOffice()));
    }

    public static ActorCommand.CorrectActorDetails toCommand(CorrectActorRequest request, ActorRef parent) {
        return new ActorCommand.CorrectActorDetails(toDomain(request.names()), request.country(),
                request.subdivision(), toDomain(request.coordinates()), request.population(), request.website(),
                toDomain(request.foreignAffairsOffice()), parent);
    }

    public static Names toDomain(NamesModel names) {
        return names == null ? null : new Names(names.en(), names.es(), names.pt(), names.zh());
    }

    private static NamesModel toModel(Names names) {
        return new NamesModel(names.en(), names.es(), names.pt(), names.zh());
    }

    private static Coordinates toDomain(CoordinatesModel coordinates) {
        return coordinates == null ? null : new Coordinates(coordinates.latitude(), coordinates.longitude());
    }

    private static ForeignAffairsOffice toDomain(OfficeModel office) {
        return office == null ? null : new ForeignAffairsOffice(office.name(), office.website(), office.email());
    }
}
