package org.paradiplomacy.agreements.statement;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client gives to record a statement: the ids it names, which the service looks up. */
public interface NewStatement {

    String issuer();

    List<String> about();

    PartialDate issuedOn();

    String title();

    String url();

    String summary();

    List<Source> sources();
}
