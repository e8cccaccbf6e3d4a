package org.paradiplomacy.importer.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one row of the engagements list records, in terms of actors not yet looked up: an agreement signed on a
 * date, a mission planned (and completed when the row says so), a conference held or a statement issued. Each
 * carries its row, its stable key and its source.
 */
public sealed interface Recording {

    Row row();

    /** The row it comes from: file, line, the key that identifies it whatever its line, and its source. */
    record Row(String file, long line, String key, String sourceTitle, String sourceUrl) {
    }

    /** Every actor the record names. */
    List<Party> parties();

    record Agreement(Row row, String kind, String title, List<Party> parties, String signedOn) implements Recording {
    }

    record Mission(Row row, String kind, Party leader, List<Party> hosts, String startsOn, boolean completed,
            String purpose) implements Recording {

        @Override
        public List<Party> parties() {
            return concat(leader, hosts);
        }
    }

    record Conference(Row row, String title, Party host, List<Party> participants, String startsOn)
            implements Recording {

        @Override
        public List<Party> parties() {
            return concat(host, participants);
        }
    }

    record Statement(Row row, Party issuer, List<Party> about, String issuedOn, String title, String url,
            String summary) implements Recording {

        @Override
        public List<Party> parties() {
            return concat(issuer, about);
        }
    }

    private static List<Party> concat(Party one, List<Party> others) {
        return Stream.concat(Stream.of(one), others.stream()).toList();
    }
}
