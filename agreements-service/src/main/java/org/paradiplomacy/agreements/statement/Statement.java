package org.paradiplomacy.agreements.statement;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * An official public statement by an actor about its counterparts, as last corrected, with the sources of its
 * record and of every correction; withdrawn if recorded in error.
 */
public record Statement(String id, String issuer, List<String> about, PartialDate issuedOn, String title, String url,
        String summary, List<Source> sources, boolean withdrawn) {

    public Statement {
        sources = sources == null ? List.of() : sources;
    }
}
