package org.paradiplomacy.actors.actor.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name or alias of an actor with its key (normalised), for the door check's indexed lookup. */
@Entity
@Table(name = "actor_name_view")
public class NameRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "actor_id")
    public String actorId;
    public int position;
    @Column(name = "name_key")
    public String key;
    public String name;
}
