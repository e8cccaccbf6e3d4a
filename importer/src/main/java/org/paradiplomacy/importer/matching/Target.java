package org.paradiplomacy.importer.matching;

/** What a place of a list resolves to: an actor already recorded, one to create, or no single place. */
public sealed interface Target {

    /** Identifies the target among all of one import's: the same key is the same actor. */
    String key();

    record Existing(String actorId) implements Target {

        @Override
        public String key() {
            return "id:" + actorId;
        }
    }

    record New(String country, String subdivision, String nameKey) implements Target {

        @Override
        public String key() {
            return "new:" + country + "|" + (subdivision == null ? "" : subdivision) + "|" + nameKey;
        }
    }

    record Ambiguous(String reason) implements Target {

        @Override
        public String key() {
            return "ambiguous";
        }
    }
}
