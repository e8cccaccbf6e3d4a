package org.paradiplomacy.importer.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paradiplomacy.importer.client.ObservatoryClient;

/**
 * Where a list file says it comes from, so that every record imported from it can cite the file, the line and the
 * list's own source and licence: the paragraph a {@code README.md} beside the file gives it (its first sentence),
 * and a licence file beside it whose name starts like the list's ({@code twin_cities.LICENSE} for
 * {@code twin_cities_geocoded.csv}): its first line and its copyright line, whose holder is the publisher.
 */
public record ListProvenance(String file, String publisher, String excerpt) {

    static final int EXCERPT = 1000;

    public static ListProvenance of(Path file) {
        String name = file.getFileName().toString();
        Path dir = file.toAbsolutePath().getParent();
        List<String> parts = new ArrayList<>();
        String publisher = null;
        String described = readmeSentence(dir.resolve("README.md"), name);
        if (described != null) {
            parts.add(described);
        }
        Path licence = licence(dir, name);
        if (licence != null) {
            List<String> lines = lines(licence).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                String copyright = lines.stream().filter(l -> l.startsWith("Copyright")).findFirst().orElse(null);
                parts.add(licence.getFileName() + ": " + lines.get(0) + (copyright == null ? "" : ", " + copyright));
                if (copyright != null) {
                    publisher = copyright.replaceFirst("^Copyright\\s*(\\([cC]\\)|©)?\\s*[0-9, -]*", "").strip();
                    publisher = publisher.isEmpty() ? null : publisher;
                }
            }
        }
        String excerpt = String.join(" ", parts);
        return new ListProvenance(name, publisher, excerpt.isEmpty() ? null : shorten(excerpt, EXCERPT));
    }

    /** The source that names the file and line a record was imported from. */
    public ObjectNode source(long line) {
        ObjectNode source = ObservatoryClient.json().createObjectNode();
        source.put("title", file + ", line " + line);
        if (publisher != null) {
            source.put("publisher", publisher);
        }
        if (excerpt != null) {
            source.put("excerpt", excerpt);
        }
        return source;
    }

    private static Path licence(Path dir, String name) {
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.LICENSE")) {
            for (Path candidate : files) {
                String licenced = candidate.getFileName().toString().replaceFirst("\\.LICENSE$", "");
                if (!licenced.isEmpty() && stem.startsWith(licenced)) {
                    return candidate;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The first sentence of the README paragraph that starts with the file's name in backticks. */
    private static String readmeSentence(Path readme, String name) {
        if (!Files.isReadable(readme)) {
            return null;
        }
        StringBuilder paragraph = null;
        for (String line : lines(readme)) {
            if (paragraph == null) {
                if (line.startsWith("`" + name + "`")) {
                    paragraph = new StringBuilder(line.strip());
                }
            } else if (line.isBlank() || line.startsWith("`")) {
                break;
            } else {
                paragraph.append(' ').append(line.strip());
            }
        }
        if (paragraph == null) {
            return null;
        }
        String text = paragraph.toString().replace("`", "");
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
