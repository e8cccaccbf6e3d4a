package org.paradiplomacy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.client.ClientCredentials;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.matching.Countries;
import org.paradiplomacy.importer.matching.NameKey;
import org.paradiplomacy.importer.source.ListFile;
import org.paradiplomacy.importer.source.ParsedRow;
import org.paradiplomacy.importer.source.PlaceMention;

/**
 * After an import: do analytics-service's country pairs equal a recount? Compares three counts per pair of
 * countries: analytics-service's statistic; a recount from agreements-service's agreements and actors-service's
 * actors (they must be equal); and the file's distinct pairs, each place taken as its country and name key, for
 * how the matching of places changed the count.
 *
 * <p>Arguments: actors URL, agreements URL, analytics URL, the list file, the agreement kind imported.
 */
public final class ImportCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Api api = new Api();
        ObservatoryClient client = new ObservatoryClient(args[0], args[1],
                ClientCredentials.fromEnvironment(System.getenv(), null));

        Map<String, Long> statistic = new TreeMap<>();
        for (JsonNode row : JSON.readTree(api.get(args[2] + "/api/v1/stats/country-pairs").body())) {
            statistic.put(row.path("country").asText() + "-" + row.path("otherCountry").asText(), row.path("agreements").asLong());
        }

        Map<String, String> countryOf = new HashMap<>();
        client.actors().forEach(actor -> countryOf.put(actor.id(), actor.country()));
        Map<String, Long> recount = new TreeMap<>();
        for (String kind : List.of("sister-city", "friendly-exchange", "cooperation", "memorandum-of-understanding",
                "letter-of-intent")) {
            for (List<String> parties : client.agreementParties(kind)) {
                List<String> countries = parties.stream().map(countryOf::get).sorted().toList();
                recount.merge(countries.get(0) + "-" + countries.get(1), 1L, Long::sum);
            }
        }

        Countries countries = new Countries(client.countries(), client.subdivisions());
        Set<String> links = new HashSet<>();
        Map<String, Long> file = new TreeMap<>();
        for (ParsedRow row : ListFile.read(Path.of(args[3]), countries).rows()) {
            if (row instanceof ParsedRow.Link link) {
                List<String> places = Stream.of(link.row().first(), link.row().second()).map(ImportCheck::place).sorted().toList();
                if (!places.get(0).equals(places.get(1)) && links.add(String.join("|", places))) {
                    List<String> pair = Stream.of(link.row().first().country(), link.row().second().country()).sorted().toList();
                    file.merge(pair.get(0) + "-" + pair.get(1), 1L, Long::sum);
                }
            }
        }

        long differing = Stream.concat(statistic.keySet().stream(), recount.keySet().stream()).distinct()
                .filter(pair -> !statistic.getOrDefault(pair, 0L).equals(recount.getOrDefault(pair, 0L))).count();
        System.out.printf("country pairs in the statistic: %d, agreements %d%n", statistic.size(), sum(statistic));
        System.out.printf("country pairs recounted from agreements-service and actors-service: %d, agreements %d%n",
                recount.size(), sum(recount));
        System.out.printf("pairs whose counts differ between the two: %d%n", differing);
        System.out.printf("the file's distinct pairs of places (country and name key): %d in %d country pairs%n",
                sum(file), file.size());
        System.out.printf("top country pairs (statistic / file): %s%n", statistic.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue() + "/" + file.getOrDefault(e.getKey(), 0L)).toList());
        if (differing > 0) {
            System.exit(1);
        }
    }

    private static String place(PlaceMention place) {
        return place.country() + ":" + NameKey.of(place.name());
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
