package org.paradiplomacy.actors.actor.model;

/** WGS 84 latitude and longitude in degrees. */
public record Coordinates(double latitude, double longitude) {
}
