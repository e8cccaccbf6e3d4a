package org.paradiplomacy.actors.actor.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One network membership in the read model, for listing a network's members: each date as given (YYYY, YYYY-MM
 * or YYYY-MM-DD) and the first day of its period, for sorting and comparing.
 */
@Entity
@Table(name = "actor_membership_view")
public class MembershipRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "network_id")
    public String networkId;
    public String role;
    @Column(name = "since_as_given")
    public String sinceAsGiven;
    public LocalDate since;
    @Column(name = "until_as_given")
    public String untilAsGiven;
    public LocalDate until;
}
