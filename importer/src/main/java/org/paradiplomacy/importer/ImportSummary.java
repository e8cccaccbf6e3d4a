package org.paradiplomacy.importer;

import java.util.List;
import org.paradiplomacy.importer.source.ParsedRow.Rejected;

/**
 * What an import did: actors created and matched (found by name among those recorded, or named by actors-service
 * when it answered a registration with the actor it already holds), links created, already recorded and repeated
 * within the file, and every rejected row with its line and reason.
 */
public record ImportSummary(String file, String format, long rows, long actorsCreated, long actorsMatched,
        long matchedExisting, long linksCreated, long linksAlreadyRecorded, long duplicateRows,
        List<Rejected> rejected, double seconds) {

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Imported %s (%s format): %,d rows in %.1f s (%,.0f rows/s)%n", file, format, rows,
                seconds, rows / Math.max(seconds, 1e-3)));
        text.append(String.format("  actors: %,d created, %,d matched to actors already recorded%n", actorsCreated,
                actorsMatched));
        text.append(String.format("  matched existing actors: %,d (registrations actors-service answered with the actor"
                + " it holds for that place)%n", matchedExisting));
        text.append(String.format("  links:  %,d created, %,d already recorded, %,d rows repeating a link of an"
                + " earlier row%n", linksCreated, linksAlreadyRecorded, duplicateRows));
        text.append(String.format("  rejected rows: %,d%n", rejected.size()));
        rejected.forEach(r -> text.append(String.format("    line %d: %s%n", r.line(), r.reason())));
        return text.toString();
    }
}
