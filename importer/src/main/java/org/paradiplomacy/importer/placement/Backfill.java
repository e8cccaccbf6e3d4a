package org.paradiplomacy.importer.placement;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.paradiplomacy.importer.Progress;
import org.paradiplomacy.importer.Workers;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Placed;
import org.paradiplomacy.importer.client.ObservatoryClient.UnplacedActor;

/**
 * Places the actors that have coordinates and a country but no subdivision (recorded before actors-service placed
 * actors itself) through its API: it lists them all first, because each placed actor leaves the listing and would
 * shift its pages, then asks for the placement of each. actors-service records the correction with its source;
 * running the backfill again only retries those still unplaced.
 */
public final class Backfill {

    private final ObservatoryClient client;
    private final Workers workers;
    private final PrintStream progress;
    private final boolean terminal;

    public Backfill(ObservatoryClient client, int concurrency, PrintStream progress, boolean terminal) {
        this.client = client;
        this.workers = new Workers(concurrency);
        this.progress = progress;
        this.terminal = terminal;
    }

    public BackfillSummary run() {
        long started = System.nanoTime();
        List<UnplacedActor> unplaced = client.unplacedActors();
        List<BackfillSummary.Outcome> outcomes = new ArrayList<>();
        Progress bar = new Progress(progress, terminal, "placements", unplaced.size());
        workers.each(unplaced, actor -> {
            Placed placed = client.place(actor.id());
            synchronized (outcomes) {
                outcomes.add(new BackfillSummary.Outcome(actor, placed));
            }
            bar.step();
        });
        bar.finish();
        return new BackfillSummary(outcomes, (System.nanoTime() - started) / 1e9);
    }
}
