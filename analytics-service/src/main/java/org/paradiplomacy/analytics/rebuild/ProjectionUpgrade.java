package org.paradiplomacy.analytics.rebuild;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.projection.ProjectionSchema;

/**
 * An upgraded service that finds the active generation in an older format ({@link ProjectionSchema#FORMAT})
 * rebuilds it: the old generation, given the new columns when it was opened, keeps answering meanwhile, and the
 * rebuild reads again what it could not (sources, dates at their precision, the newer event versions it set
 * aside). Of several replicas starting at once, the one that claims the upgrade rebuilds.
 */
@ApplicationScoped
public class ProjectionUpgrade {

    private static final Logger LOG = Logger.getLogger(ProjectionUpgrade.class);

    private final LiveProjection live;
    private final ProjectionSchema schemas;
    private final Rebuilder rebuilder;
    private final AgroalDataSource dataSource;

    public ProjectionUpgrade(LiveProjection live, ProjectionSchema schemas, Rebuilder rebuilder,
            AgroalDataSource dataSource) {
        this.live = live;
        this.schemas = schemas;
        this.rebuilder = rebuilder;
        this.dataSource = dataSource;
    }

    /** After the live projection has opened the active generation. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        upgradeIfOlder();
    }

    /** Starts the rebuild if the active generation is of an older format and no other replica has claimed it. */
    public boolean upgradeIfOlder() {
        int active = live.generation();
        int format = schemas.format(active);
        if (format >= ProjectionSchema.FORMAT || !claim(active)) {
            return false;
        }
        LOG.infof("Generation %d holds facts of format %d; rebuilding them in format %d", active, format,
                ProjectionSchema.FORMAT);
        rebuilder.start();
        return true;
    }

    private boolean claim(int generation) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement claim = connection.prepareStatement(
                "UPDATE projection_generation SET upgrade_claimed_at = now() WHERE active = ?"
                        + " AND (upgrade_claimed_at IS NULL OR upgrade_claimed_at < now() - interval '1 hour')")) {
            claim.setInt(1, generation);
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim the upgrade of the projection", e);
        }
    }
}
