package org.paradiplomacy.actors.actor.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One actor in the read model: the columns lists filter on, and the whole representation as JSON. */
@Entity
@Table(name = "actor_view")
public class ActorRow extends PanacheEntityBase {

    @Id
    public String id;
    public String kind;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "search_text")
    public String searchText;
    public String country;
    public String subdivision;
    @Column(name = "m49_region")
    public String m49Region;
    @Column(name = "m49_subregion")
    public String m49Subregion;
    @Column(name = "m49_intermediate_region")
    public String m49IntermediateRegion;
    @Column(name = "parent_id")
    public String parentId;
    public boolean retired;
    @Column(name = "survivor_id")
    public String survivorId;
    @Column(name = "representative_id")
    public String representativeId;
    public boolean withdrawn;
    @Column(name = "has_coordinates")
    public boolean hasCoordinates;
    @Column(name = "names_indexed")
    public boolean namesIndexed;
    public long version;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
}
