package org.paradiplomacy.importer.demo;

import org.paradiplomacy.importer.matching.NameKey;

/**
 * An actor as a row names it, once the detail around it is set aside: its name, its kind in the API's terms (city,
 * district, province, national-body, network, forum), its country and its subdivision, where the row says.
 */
public record Party(String name, String kind, String country, String subdivision) {

    /** The same key is the same actor: a province by its subdivision, anything else by kind, place and name. */
    public String identity() {
        if (kind.equals("province")) {
            return "province|" + subdivision;
        }
        String place = kind.equals("network") || kind.equals("forum") ? "" : country + "|" + blank(subdivision);
        return kind + "|" + place + "|" + NameKey.of(name);
    }

    /** The name with its place, for titles and messages: "Wuhan (CN-HB)". */
    public String label() {
        String place = subdivision != null ? subdivision : country;
        return place == null ? name : name + " (" + place + ")";
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
