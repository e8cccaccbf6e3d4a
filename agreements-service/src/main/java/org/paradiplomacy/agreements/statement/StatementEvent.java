package org.paradiplomacy.agreements.statement;

import java.time.LocalDate;
import java.util.List;

/** What is recorded of a public statement. */
public sealed interface StatementEvent {

    record StatementIssued(String statementId, String issuer, List<String> about, LocalDate issuedOn, String title,
            String url, String summary) implements StatementEvent {
    }
}
