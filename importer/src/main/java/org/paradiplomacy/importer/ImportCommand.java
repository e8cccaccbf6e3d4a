package org.paradiplomacy.importer;

import static org.paradiplomacy.importer.CommandLine.value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Unavailable;
import org.paradiplomacy.importer.source.ListFile;

/**
 * {@code ./observatory import FILE}: the operator's entry point. Progress goes to standard error, the summary to
 * standard output. Exit status 0 when the import ran to its end (rejected rows are reported, not fatal), 1 when a
 * service could not be reached or the file could not be read, 2 on a usage error.
 */
public final class ImportCommand {

    private static final String USAGE = """
            Usage: import [options] FILE
              FILE                   a list of twinned places: the twin-cities CSV format
                                     (city1,country1[,lat1,lng1],city2,country2[,lat2,lng2]) or the Observatory's
                                     own CSV format (see docs/import.md), told apart by the header
            Options:
              --actors-url URL       actors-service (default http://127.0.0.1:8081)
              --agreements-url URL   agreements-service (default http://127.0.0.1:8082)
              --attested-on DATE     for rows without a signing date: the day the list vouches the links existed
                                     on (default today, UTC); they are recorded as signed no later than it
              --concurrency N        requests in flight at once, 1 to 64 (default 8)
              --issuer URL           the identity provider's issuer (default $OBSERVATORY_OIDC_ISSUER, else
                                     http://127.0.0.1:8180/realms/observatory); the client is
                                     $OBSERVATORY_CLIENT_ID (default observatory-loader) with the secret
                                     $OBSERVATORY_CLIENT_SECRET (default the local stack's development secret)
            """;

    private ImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String actorsUrl = "http://127.0.0.1:8081";
        String agreementsUrl = "http://127.0.0.1:8082";
        LocalDate attestedOn = LocalDate.now(ZoneOffset.UTC);
        int concurrency = 8;
        String issuer = null;
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--actors-url" -> actorsUrl = value(args, ++i);
                    case "--agreements-url" -> agreementsUrl = value(args, ++i);
                    case "--attested-on" -> attestedOn = LocalDate.parse(value(args, ++i));
                    case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i));
                    case "--issuer" -> issuer = value(args, ++i);
                    case "-h", "--help" -> {
                        System.out.print(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(args[i]);
                    }
                }
            }
            if (files.size() != 1) {
                throw new IllegalArgumentException("give exactly one file");
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("--concurrency must be from 1 to 64");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("import: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isReadable(file)) {
            System.err.println("import: cannot read " + file);
            return 1;
        }
        try {
            Importer importer = new Importer(new ObservatoryClient(actorsUrl, agreementsUrl,
                    ClientCredentials.fromEnvironment(System.getenv(), issuer)), concurrency, attestedOn,
                    System.err, System.console() != null);
            System.out.print(importer.run(file).text());
            return 0;
        } catch (ListFile.Unreadable e) {
            System.err.println("import: nothing imported: " + e.getMessage());
            return 1;
        } catch (Unavailable e) {
            System.err.println("import: stopped: " + e.getMessage());
            System.err.println("import: what was recorded stays recorded; run the same import again to finish it");
            return 1;
        }
    }
}
