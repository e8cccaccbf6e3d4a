package org.paradiplomacy.agreements.engagement;

/**
 * The bounds of every text and list the commands of agreements, missions, conferences and statements carry,
 * declared once: the deciders check them, the request models document them, and together they keep the largest
 * event a command can cause below three quarters of what the event store accepts (256 KiB), even if every
 * character had to be escaped in JSON. Every event carries, besides its texts, up to five sources (under 80 KB at
 * their bounds) and each actor it names as the directory describes it (about 1.9 KB at most): the lists of actors
 * are bounded so that the largest event (a statement, with its summary, address and counterparts) stays under
 * 185 KB (EngagementLimitsTest measures each). No real engagement comes near them.
 */
public final class EngagementLimits {

    /** The id of an actor or agreement a command names: a UUID has 36 characters. */
    public static final int ID = 64;
    /** An agreement's, conference's or statement's title, a conference's series. */
    public static final int TITLE = 300;
    /** Where an agreement was signed or a conference held. */
    public static final int PLACE = 300;
    /** Free text: a mission's purpose and outcomes, the reason for a suspension, termination or cancellation. */
    public static final int TEXT = 4000;
    /** A statement's summary. */
    public static final int SUMMARY = 4000;
    /** The address a statement is published at. */
    public static final int URL = 2000;

    /** The parties of an agreement (a network's multilateral charter is signed by the network, an actor itself). */
    public static final int PARTIES = 40;
    /** The hosts of a mission (a delegation visiting a province and its cities). */
    public static final int HOSTS = 30;
    /** The agreements signed during a mission. */
    public static final int AGREEMENTS_SIGNED = 50;
    /**
     * The participants of a conference recorded with it. Each is carried with its name and place, so a forum
     * gathering more is recorded with the participants the source names (its delegations' leaders).
     */
    public static final int PARTICIPANTS = 50;
    /** The counterparts a statement is about. */
    public static final int ABOUT = 40;
    /** The fields of cooperation given (more than the vocabulary has, so repeats do no harm). */
    public static final int FIELDS = 20;

    private EngagementLimits() {
    }
}
