package org.paradiplomacy.importer.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The form two spellings of one place share: case, accents, apostrophes, hyphens, spaces and punctuation do not
 * count ("Xi'an", "XIAN", "Xián"; "Saint-Étienne", "Saint Etienne"), and the usual abbreviations are spelled out
 * ("St. Petersburg", "Saint Petersburg"). Letters that do not decompose into a base letter and a mark are mapped
 * by hand (ß, ø, æ, ł, đ, ı).
 */
public final class NameKey {

    private static final Map<String, String> LETTERS = Map.of("ß", "ss", "ø", "o", "æ", "ae", "œ", "oe", "ł", "l",
            "đ", "d", "ı", "i", "þ", "th", "ð", "d");
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "sta", "santa",
            "sto", "santo", "mt", "mount", "ft", "fort", "pt", "port");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String lower = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            String letter = new String(Character.toChars(c));
            mapped.append(LETTERS.getOrDefault(letter, letter));
        });
        String words = mapped.toString().replaceAll("['\u2019`\u00B4]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(words.split(" ")).map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining());
    }
}
