package org.paradiplomacy.actors.actor.model;

/**
 * The bounds of every text and list an actor command carries, declared once: the decider checks them, the
 * request models document them, and together they keep the largest event an actor command can cause far below
 * what the event store and the broker accept (an ActorRegistered at every bound, with five sources at theirs
 * ({@code provenance.Sources}), is under 160 KB even if every character had to be escaped in JSON). No real actor
 * comes near them.
 */
public final class ActorLimits {

    /** A name in one language, an alias, a member's role in a network. */
    public static final int NAME = 200;
    /** Aliases an actor has, given at registration or added one by one. */
    public static final int ALIASES = 50;
    /** A website, the actor's or its Foreign Affairs Office's. */
    public static final int URL = 2000;
    /** The name of a Foreign Affairs Office ("Foreign Affairs Office of Wuhan Municipal People's Government"). */
    public static final int OFFICE_NAME = 300;
    /** An e-mail address (RFC 5321 allows no longer path). */
    public static final int EMAIL = 254;
    /** The id of an actor a command names (parent, network, merged into): a UUID has 36 characters. */
    public static final int ID = 64;
    /** An ISO 3166-1 alpha-2 country code. */
    public static final int COUNTRY = 2;
    /** An ISO 3166-2 subdivision code: the country, a hyphen and up to three letters or digits (PE-ARE). */
    public static final int SUBDIVISION = 6;

    /** Why an actor was merged or withdrawn, or a membership withdrawn. */
    public static final int REASON = 1000;
    /** The actors a registration says it is distinct from, despite a likely duplicate name. */
    public static final int DISTINCT_FROM = 20;

    private ActorLimits() {
    }
}
