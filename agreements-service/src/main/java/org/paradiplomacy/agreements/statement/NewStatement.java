package org.paradiplomacy.agreements.statement;

import java.time.LocalDate;
import java.util.List;

/** What a client gives to record a statement: the ids it names, which the service looks up. */
public interface NewStatement {

    String issuer();

    List<String> about();

    LocalDate issuedOn();

    String title();

    String url();

    String summary();
}
