package org.paradiplomacy.agreements.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One agreement, mission, conference or statement in the read model. */
@Entity
@Table(name = "engagement_view")
public class EngagementRow extends PanacheEntityBase {

    @Id
    public String id;
    public String type;
    public String kind;
    public String status;
    public String title;
    /** The first day of the main date: what lists sort and filter by. */
    @Column(name = "starts_on")
    public LocalDate startsOn;
    /** The main date as given: 2019, 2019-05 or 2019-05-09. */
    @Column(name = "starts_on_as_given")
    public String startsOnAsGiven;
    /** The last day of the end date. */
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "ends_on_as_given")
    public String endsOnAsGiven;
    public String fields;
    public long version;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
    /** Withdrawn (recorded in error): left out of lists unless asked for; who, when and why. */
    public boolean withdrawn;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    /** For an agreement: the one it upgrades, the oldest of its chain, and its parties as a sorted key. */
    public String upgrades;
    @Column(name = "chain_root")
    public String chainRoot;
    @Column(name = "party_set")
    public String partySet;
}
