package org.paradiplomacy.agreements.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An actor's part in an engagement: party, leader, host, participant, issuer or subject. */
@Entity
@Table(name = "engagement_actor_view")
public class EngagementActorRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "engagement_id")
    public String engagementId;
    @Column(name = "actor_id")
    public String actorId;
    public String role;
}
