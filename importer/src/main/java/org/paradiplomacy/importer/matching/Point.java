package org.paradiplomacy.importer.matching;

/** A place on the globe, in decimal degrees. */
public record Point(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    /** The great-circle distance (haversine). */
    public double kilometresTo(Point other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
