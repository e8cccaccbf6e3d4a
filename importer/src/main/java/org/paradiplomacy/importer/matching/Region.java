package org.paradiplomacy.importer.matching;

/** A country (ISO 3166-1 alpha-2) and, when known, one of its subdivisions (ISO 3166-2). */
public record Region(String country, String subdivision) {
}
