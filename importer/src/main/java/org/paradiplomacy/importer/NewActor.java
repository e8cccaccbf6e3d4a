package org.paradiplomacy.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.matching.Target;
import org.paradiplomacy.importer.source.ListProvenance;
import org.paradiplomacy.importer.source.PlaceMention;

/**
 * An actor the import registers: named as the list first spells it, with the other spellings the list uses for
 * it as aliases (so the next import, and a search, find it under any of them), and the first coordinates given;
 * its source is the line of the list that first names it.
 */
final class NewActor {

    private final Target.New target;
    private final long firstLine;
    private final List<String> spellings = new ArrayList<>();
    private String kind;
    private Double latitude;
    private Double longitude;

    NewActor(Target.New target, long firstLine) {
        this.target = target;
        this.firstLine = firstLine;
    }

    void mentioned(PlaceMention place) {
        if (!spellings.contains(place.name())) {
            spellings.add(place.name());
        }
        if (kind == null) {
            kind = place.kind();
        }
        if (latitude == null && place.latitude() != null) {
            latitude = place.latitude();
            longitude = place.longitude();
        }
    }

    /** The name it is registered under: the list's first spelling. */
    String name() {
        return spellings.get(0);
    }

    /** The subdivision the list gives it, or null (actors-service then places it by its coordinates). */
    String subdivision() {
        return target.subdivision();
    }

    ObjectNode body(ListProvenance provenance) {
        ObjectNode body = ObservatoryClient.json().createObjectNode();
        body.put("kind", kind == null ? "city" : kind);
        body.putObject("names").put("en", spellings.get(0));
        if (spellings.size() > 1) {
            spellings.subList(1, spellings.size()).forEach(body.putArray("aliases")::add);
        }
        body.put("country", target.country());
        if (target.subdivision() != null) {
            body.put("subdivision", target.subdivision());
        }
        if (latitude != null) {
            body.putObject("coordinates").put("latitude", latitude).put("longitude", longitude);
        }
        body.putArray("sources").add(provenance.source(firstLine));
        return body;
    }
}
