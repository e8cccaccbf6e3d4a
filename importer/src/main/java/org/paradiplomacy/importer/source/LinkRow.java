package org.paradiplomacy.importer.source;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a list: two places and the agreement between them. A list without dates leaves both dates empty;
 * the import then records the signing as attested no later than the day the list vouches for.
 */
public record LinkRow(long line, PlaceMention first, PlaceMention second, String agreementKind, String title,
        LocalDate signedOn, List<String> fields) {
}
