package org.paradiplomacy.agreements.engagement;

/**
 * The bounds of every text and list the commands of agreements, missions, conferences and statements carry,
 * declared once: the deciders check them, the request models document them, and together they keep the largest
 * event a command can cause far below what the event store and the broker accept (a ConferenceHeld at every
 * bound is under 100 KB even if every character had to be escaped in JSON). No real engagement comes near them.
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

    /** The parties of an agreement. */
    public static final int PARTIES = 50;
    /** The hosts of a mission. */
    public static final int HOSTS = 50;
    /** The agreements signed during a mission. */
    public static final int AGREEMENTS_SIGNED = 50;
    /** The participants of a conference (a forum of local governments can gather a hundred or more). */
    public static final int PARTICIPANTS = 200;
    /** The counterparts a statement is about. */
    public static final int ABOUT = 50;
    /** The fields of cooperation given (more than the vocabulary has, so repeats do no harm). */
    public static final int FIELDS = 20;

    private EngagementLimits() {
    }
}
