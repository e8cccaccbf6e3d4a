package org.paradiplomacy.importer.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paradiplomacy.importer.matching.Countries;
import org.paradiplomacy.importer.matching.Countries.Found;
import org.paradiplomacy.importer.matching.Countries.NotFound;
import org.paradiplomacy.importer.matching.Region;

/**
 * Turns the cells that name one place into a {@link PlaceMention}, or says which cell is wrong. A name qualified by
 * its subdivision, "Suzhou, Jiangsu" or "Binhai (Tianjin)", is the place "Suzhou" in CN-JS; a qualifier that is no
 * subdivision of the country stays part of the name ("Frankfurt (Oder)").
 */
final class Places {

    private static final Pattern PARENTHESISED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    static final int MAX_NAME = 200;

    private final Countries countries;

    Places(Countries countries) {
        this.countries = countries;
    }

    /** The place; a {@link RowRejected} names the cell that is wrong. */
    PlaceMention mention(String column, String nameCell, String countryCell, String subdivisionCell, String kind,
            String latitudeCell, String longitudeCell, String countryColumn) {
        String name = nameCell == null ? "" : nameCell.strip();
        if (name.isEmpty()) {
            throw new RowRejected(column + " is empty");
        }
        if (name.length() > MAX_NAME) {
            throw new RowRejected(column + " is longer than " + MAX_NAME + " characters");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            throw new RowRejected(column + " contains control characters");
        }
        Region region;
        switch (countries.country(countryCell)) {
            case Found found -> region = found.region();
            case NotFound notFound -> {
                throw new RowRejected(countryColumn + " " + notFound.reason());
            }
        }
        String subdivision = region.subdivision();
        if (subdivisionCell != null && !subdivisionCell.isBlank()) {
            Optional<String> code = countries.subdivision(region.country(), subdivisionCell.strip());
            if (code.isEmpty()) {
                throw new RowRejected(column.replace("name", "subdivision") + " '" + subdivisionCell.strip()
                        + "' is not a subdivision of " + region.country());
            }
            subdivision = code.get();
        }
        String[] qualified = qualified(name);
        if (qualified != null) {
            Optional<String> code = countries.subdivision(region.country(), qualified[1]);
            if (code.isPresent()) {
                name = qualified[0];
                subdivision = code.get();
            }
        }
        Double latitude = null;
        Double longitude = null;
        boolean hasLatitude = latitudeCell != null && !latitudeCell.isBlank();
        boolean hasLongitude = longitudeCell != null && !longitudeCell.isBlank();
        if (hasLatitude || hasLongitude) {
            latitude = number(latitudeCell, 90);
            longitude = number(longitudeCell, 180);
            if (latitude == null || longitude == null) {
                throw new RowRejected(column + "'s coordinates '" + blankIfNull(latitudeCell) + "', '" + blankIfNull(longitudeCell)
                        + "' are not a latitude from -90 to 90 and a longitude from -180 to 180");
            }
        }
        return new PlaceMention(name, region.country(), subdivision, kind, latitude, longitude);
    }

    /** "Name, Qualifier" or "Name (Qualifier)" as {name, qualifier}; null if neither. */
    private static String[] qualified(String name) {
        Matcher parenthesised = PARENTHESISED.matcher(name);
        if (parenthesised.matches()) {
            return new String[] {parenthesised.group(1).strip(), parenthesised.group(2).strip()};
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0 && comma < name.length() - 1) {
            return new String[] {name.substring(0, comma).strip(), name.substring(comma + 1).strip()};
        }
        return null;
    }

    private static Double number(String cell, double limit) {
        try {
            double value = Double.parseDouble(cell == null ? "" : cell.strip());
            return Double.isFinite(value) && Math.abs(value) <= limit ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
