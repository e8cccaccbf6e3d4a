package org.paradiplomacy.importer.demo;

import static org.paradiplomacy.importer.CommandLine.value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Unavailable;
import org.paradiplomacy.importer.source.ListFile;

/**
 * The demo loader's entry point ({@code ./observatory start} runs it; deploy/local/demo/README.md). The summary goes
 * to standard output, progress to standard error. Exit status 0 when the load ran to its end (refused rows are
 * reported, not fatal), 1 when a file could not be read or a service could not be reached, 2 on a usage error.
 */
public final class DemoCommand {

    private static final String USAGE = """
            Usage: demo [options]
              --demo DIR             the hand-made demo: DIR/actors.json and DIR/engagements.json
              --engagements FILE     a sourced list of engagements (the columns of china_lac_engagements.csv)
              --memberships FILE     a sourced list of network memberships (the columns of network_memberships.csv)
              --attested-on DATE     the day the memberships list vouches for its members where it gives no date
                                     (default today, UTC)
              --actors-url URL       actors-service (default http://127.0.0.1:8081)
              --agreements-url URL   agreements-service (default http://127.0.0.1:8082)
              --issuer URL           the identity provider's issuer (default $OBSERVATORY_OIDC_ISSUER, else
                                     http://127.0.0.1:8180/realms/observatory); the client is
                                     $OBSERVATORY_CLIENT_ID (default observatory-loader) with the secret
                                     $OBSERVATORY_CLIENT_SECRET (default the local stack's development secret)
            """;

    private DemoCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String actorsUrl = "http://127.0.0.1:8081";
        String agreementsUrl = "http://127.0.0.1:8082";
        String issuer = null;
        LocalDate attestedOn = LocalDate.now(ZoneOffset.UTC);
        Path demo = null;
        Path engagements = null;
        Path memberships = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo" -> demo = Path.of(value(args, ++i));
                    case "--engagements" -> engagements = Path.of(value(args, ++i));
                    case "--memberships" -> memberships = Path.of(value(args, ++i));
                    case "--attested-on" -> attestedOn = LocalDate.parse(value(args, ++i));
                    case "--actors-url" -> actorsUrl = value(args, ++i);
                    case "--agreements-url" -> agreementsUrl = value(args, ++i);
                    case "--issuer" -> issuer = value(args, ++i);
                    case "-h", "--help" -> {
                        System.out.print(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (demo == null && engagements == null && memberships == null) {
                throw new IllegalArgumentException("give --demo, --engagements or --memberships");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("demo: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        Path actors = demo == null ? null : demo.resolve("actors.json");
        for (Path file : new Path[] {actors, engagements, memberships}) {
            if (file != null && !Files.isReadable(file)) {
                System.err.println("demo: cannot read " + file);
                return 1;
            }
        }
        Path engagementsJson = demo == null ? null : demo.resolve("engagements.json");
        DemoLoader.Files files = new DemoLoader.Files(actors,
                engagementsJson != null && Files.isReadable(engagementsJson) ? engagementsJson : null, engagements,
                memberships);
        try {
            LoadSummary summary = new DemoLoader(new ObservatoryClient(actorsUrl, agreementsUrl,
                    ClientCredentials.fromEnvironment(System.getenv(), issuer)), attestedOn, System.err)
                    .run(files);
            System.out.print(summary.text());
            return 0;
        } catch (ListFile.Unreadable e) {
            System.err.println("demo: " + e.getMessage());
            return 1;
        } catch (Unavailable e) {
            System.err.println("demo: stopped: " + e.getMessage());
            System.err.println("demo: what was recorded stays recorded; run it again to finish");
            return 1;
        }
    }
}
