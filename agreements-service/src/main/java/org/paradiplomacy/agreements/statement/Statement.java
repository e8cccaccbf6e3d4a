package org.paradiplomacy.agreements.statement;

import java.time.LocalDate;
import java.util.List;

/** An official public statement by an actor about its counterparts. */
public record Statement(String id, String issuer, List<String> about, LocalDate issuedOn, String title, String url,
        String summary) {
}
