package org.paradiplomacy.agreements.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One actor as this service knows it from the actors topic. */
@Entity
@Table(name = "directory_actor")
public class DirectoryEntry extends PanacheEntityBase {

    @Id
    public String id;
    public String kind;
    @Column(name = "name_en")
    public String nameEn;
    public String country;
    public String subdivision;
    public boolean retired;
    /** The actor it was merged into (recorded twice): it stands for this one from the start. */
    @Column(name = "merged_into")
    public String mergedInto;
    /** Recorded in error: no engagement may name it. */
    public boolean withdrawn;
    public long version;
}
