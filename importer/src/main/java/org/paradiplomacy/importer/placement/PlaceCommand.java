package org.paradiplomacy.importer.placement;

import static org.paradiplomacy.importer.CommandLine.value;

import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Unavailable;

/**
 * {@code ./observatory place}: places every actor with coordinates and no subdivision by its coordinates
 * ({@link Backfill}). Progress goes to standard error, the summary to standard output. Exit status 0 when the
 * backfill ran to its end (actors left unplaced are reported, not fatal), 1 when actors-service could not be
 * reached, 2 on a usage error.
 */
public final class PlaceCommand {

    private static final String USAGE = """
            Usage: place [options]
              Places every actor that has coordinates and a country but no subdivision in the subdivision its
              coordinates fall in (actors-service records the correction, citing the boundaries it used).
            Options:
              --actors-url URL       actors-service (default http://127.0.0.1:8081)
              --concurrency N        requests in flight at once, 1 to 64 (default 8)
              --issuer URL           the identity provider's issuer (default $OBSERVATORY_OIDC_ISSUER, else
                                     http://127.0.0.1:8180/realms/observatory); the client is
                                     $OBSERVATORY_CLIENT_ID (default observatory-loader) with the secret
                                     $OBSERVATORY_CLIENT_SECRET (default the local stack's development secret)
            """;

    private PlaceCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String actorsUrl = "http://127.0.0.1:8081";
        int concurrency = 8;
        String issuer = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--actors-url" -> actorsUrl = value(args, ++i);
                    case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i));
                    case "--issuer" -> issuer = value(args, ++i);
                    case "-h", "--help" -> {
                        System.out.print(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("--concurrency must be from 1 to 64");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("place: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        try {
            // Placement only talks to actors-service: agreements-service follows the corrections from the topic.
            Backfill backfill = new Backfill(new ObservatoryClient(actorsUrl, actorsUrl,
                    ClientCredentials.fromEnvironment(System.getenv(), issuer)), concurrency, System.err,
                    System.console() != null);
            System.out.print(backfill.run().text());
            return 0;
        } catch (Unavailable e) {
            System.err.println("place: stopped: " + e.getMessage());
            System.err.println("place: what was placed stays placed; run it again to finish");
            return 1;
        }
    }
}
