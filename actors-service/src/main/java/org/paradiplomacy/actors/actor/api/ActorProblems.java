package org.paradiplomacy.actors.actor.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.paradiplomacy.actors.actor.model.LikelyDuplicate;
import org.paradiplomacy.eventsourcing.rest.Problem;

/** The problems only actors-service reports, in the shape of the kernel's (rest/ProblemMappers). */
public class ActorProblems {

    @ServerExceptionMapper
    public Response likelyDuplicate(LikelyDuplicate e, UriInfo uri) {
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA)
                .entity(new DuplicateProblem(DuplicateProblem.TYPE, "Likely duplicate", 409, e.getMessage(),
                        "/" + uri.getPath().replaceFirst("^/", ""), e.errors(), e.candidates()))
                .build();
    }
}
