package org.paradiplomacy.actors.domain;

/** WGS 84 latitude and longitude in degrees. */
public record Coordinates(double latitude, double longitude) {
}
