package org.paradiplomacy.actors.actor.model;

import java.util.stream.Stream;

/** An actor's name in English (required) and optionally in Spanish, Portuguese and Chinese. */
public record Names(String en, String es, String pt, String zh) {

    public static Names english(String en) {
        return new Names(en, null, null, null);
    }

    public Stream<String> all() {
        return Stream.of(en, es, pt, zh).filter(name -> name != null && !name.isBlank());
    }
}
