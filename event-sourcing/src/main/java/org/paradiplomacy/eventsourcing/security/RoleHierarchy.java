package org.paradiplomacy.eventsourcing.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Grants the roles a role includes, as the identity provider's composite roles do: admin ⊃ editor ⊃ reader. */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        boolean admin = identity.hasRole(Roles.ADMIN);
        if (admin) {
            builder.addRole(Roles.EDITOR);
        }
        if (admin || identity.hasRole(Roles.EDITOR)) {
            builder.addRole(Roles.READER);
        }
        return Uni.createFrom().item(builder.build());
    }
}
