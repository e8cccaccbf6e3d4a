package org.paradiplomacy.eventsourcing.security;

/**
 * The realm roles of the identity provider the services check ({@code realm_access.roles} of a bearer token).
 * {@code admin} includes {@code editor}, which includes {@code reader}: {@link RoleHierarchy} grants the included
 * roles even when a token lists only the highest one.
 */
public final class Roles {

    /** May read records and statistics when reads require sign-in ({@code observatory.security.reads-require-reader}). */
    public static final String READER = "reader";
    /** May record, correct and withdraw: every write of actors-service and agreements-service. */
    public static final String EDITOR = "editor";
    /** May rebuild statistics, retry parked streams, verify and repair publication. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
