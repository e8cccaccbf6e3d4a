package org.paradiplomacy.actors.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.paradiplomacy.actors.actor.model.Coordinates;
import org.paradiplomacy.actors.actor.model.RegionLocator;

/**
 * First-level administrative boundaries (Natural Earth admin-1 states and provinces, bundled as
 * {@code reference/admin1.geojson.gz}: a GeoJSON FeatureCollection whose features carry {@code code}, the ISO
 * 3166-2 code, and {@code country}), indexed in an STRtree so a point is tested only against the few polygons
 * whose bounding boxes hold it. Loaded once, on the first lookup, so a service that never places an actor does
 * not pay for it. A point on a shared border belongs to the first region found that covers it. A point that no
 * region covers but that lies within {@value #SNAP_KM} km of one belongs to the nearest: simplified coastlines
 * leave some harbour cities (Xiamen, Shantou) just offshore.
 */
@ApplicationScoped
public class Boundaries implements RegionLocator {

    private static final Logger LOG = Logger.getLogger(Boundaries.class);
    public static final String RESOURCE = "/reference/admin1.geojson.gz";
    static final double SNAP_KM = 5;
    private static final double EARTH_RADIUS_KM = 6371.0088;
    /** Degrees of latitude in {@value #SNAP_KM} km; the search box widens longitude by the latitude's cosine. */
    private static final double SNAP_DEGREES = SNAP_KM / (Math.PI * EARTH_RADIUS_KM / 180);

    private record Area(Region region, PreparedGeometry shape) {
    }

    private final String resource;
    private final GeometryFactory geometries = new GeometryFactory();
    private volatile STRtree index;
    private volatile int size;

    @Inject
    public Boundaries(@ConfigProperty(name = "observatory.boundaries.resource", defaultValue = RESOURCE)
            String resource) {
        this.resource = resource;
    }

    @Override
    public Optional<Region> locate(Coordinates coordinates) {
        Point point = geometries.createPoint(new Coordinate(coordinates.longitude(), coordinates.latitude()));
        for (Object found : index().query(point.getEnvelopeInternal())) {
            Area area = (Area) found;
            try {
                if (area.shape().covers(point)) {
                    return Optional.of(area.region());
                }
            } catch (RuntimeException invalidShape) {
                // A simplified polygon may be invalid; it then places nothing rather than failing the command.
                LOG.debugf("Region %s could not be tested: %s", area.region().code(), invalidShape.getMessage());
            }
        }
        return nearestWithinSnapDistance(point);
    }

    private Optional<Region> nearestWithinSnapDistance(Point point) {
        double latitude = point.getY();
        double widen = SNAP_DEGREES / Math.max(Math.cos(Math.toRadians(latitude)), 0.01);
        Envelope around = new Envelope(point.getX() - widen, point.getX() + widen, latitude - SNAP_DEGREES,
                latitude + SNAP_DEGREES);
        Region nearest = null;
        double nearestKm = SNAP_KM;
        for (Object found : index().query(around)) {
            Area area = (Area) found;
            Coordinate closest = DistanceOp.nearestPoints(area.shape().getGeometry(), point)[0];
            double km = kilometres(point.getCoordinate(), closest);
            if (km <= nearestKm) {
                nearest = area.region();
                nearestKm = km;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Great-circle distance (haversine) between two lon/lat positions. */
    static double kilometres(Coordinate a, Coordinate b) {
        double dLat = Math.toRadians(b.y - a.y);
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.y)) * Math.cos(Math.toRadians(b.y)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** How many regions are loaded (0 when the boundaries file is missing). */
    public int size() {
        index();
        return size;
    }

    private STRtree index() {
        STRtree loaded = index;
        if (loaded == null) {
            synchronized (this) {
                loaded = index;
                if (loaded == null) {
                    index = loaded = load();
                }
            }
        }
        return loaded;
    }

    private STRtree load() {
        long started = System.nanoTime();
        STRtree tree = new STRtree();
        int count = 0;
        try (InputStream raw = Boundaries.class.getResourceAsStream(resource)) {
            if (raw == null) {
                LOG.warnf("No boundaries at %s: actors are not placed by their coordinates", resource);
                tree.build();
                return tree;
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            JsonNode collection = new ObjectMapper().readTree(in);
            for (JsonNode feature : collection.path("features")) {
                String code = feature.path("properties").path("code").asText(null);
                String country = feature.path("properties").path("country").asText(null);
                Geometry shape = geometry(feature.path("geometry"));
                if (code == null || country == null || shape == null || shape.isEmpty()) {
                    continue;
                }
                tree.insert(shape.getEnvelopeInternal(),
                        new Area(new Region(code, country), PreparedGeometryFactory.prepare(shape)));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The boundaries at " + resource + " are unreadable", e);
        }
        tree.build();
        size = count;
        LOG.infof("Loaded %d first-level regions from %s in %d ms", count, resource,
                (System.nanoTime() - started) / 1_000_000);
        return tree;
    }

    private Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asText("")) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield geometries.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> null;
        };
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return geometries.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        List<Coordinate> points = new ArrayList<>(positions.size() + 1);
        positions.forEach(p -> points.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
        if (!points.isEmpty() && !points.getFirst().equals2D(points.getLast())) {
            points.add(new Coordinate(points.getFirst()));
        }
        return geometries.createLinearRing(points.toArray(Coordinate[]::new));
    }
}
