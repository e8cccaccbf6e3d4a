package org.paradiplomacy.provenance;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.paradiplomacy.eventsourcing.domain.Rules;

/**
 * The rules every list of sources follows, wherever a command carries one, and their bounds: with at most
 * {@value #PER_RECORD} sources of at most {@value #MAX_CHARACTERS} characters each, the sources add under 110 KB
 * to an event even if every character had to be escaped in JSON.
 */
public final class Sources {

    public static final int PER_RECORD = 5;
    public static final int TITLE = 300;
    public static final int URL = 2000;
    public static final int PUBLISHER = 200;
    public static final int LANGUAGE = 35;
    public static final int EXCERPT = 1000;
    public static final int MAX_CHARACTERS = TITLE + URL + PUBLISHER + LANGUAGE + EXCERPT + 20;
    public static final String LIMITS = "at most " + PER_RECORD + " sources; title " + TITLE + ", url " + URL
            + ", publisher " + PUBLISHER + ", excerpt " + EXCERPT + " characters";
    /** A BCP 47 tag such as {@code zh}, {@code es-CL} or {@code zh-Hans}. */
    public static final String LANGUAGE_PATTERN = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

    private Sources() {
    }

    /** The sources of a record so far and those of its next step: each once, in order. */
    public static List<Source> merge(List<Source> known, List<Source> more) {
        LinkedHashSet<Source> all = new LinkedHashSet<>(known == null ? List.of() : known);
        if (more != null) {
            all.addAll(more);
        }
        return List.copyOf(all);
    }

    /** Whether the list names a source the record does not have yet. */
    public static boolean addsTo(List<Source> known, List<Source> more) {
        return more != null && !(known == null ? List.<Source>of() : known).containsAll(more);
    }

    /** The list an event carries: the sources given, or null (absent from its payload) when none were. */
    public static List<Source> ofEvent(List<Source> given) {
        return given == null || given.isEmpty() ? null : List.copyOf(given);
    }

    /** Whether the list names at least one source: a record without is marked unsourced. */
    public static boolean any(List<Source> sources) {
        return sources != null && !sources.isEmpty();
    }

    /**
     * Checks each source of the list at {@code path} (such as {@code sources} or {@code signed.sources}),
     * naming each field at fault as {@code sources[1].url}. A missing list is an empty one.
     */
    public static Rules check(Rules rules, String path, List<Source> sources, LocalDate today) {
        if (sources == null) {
            return rules;
        }
        if (sources.size() > PER_RECORD) {
            return rules.add(path, "at most " + PER_RECORD + " sources, not " + sources.size());
        }
        for (int i = 0; i < sources.size(); i++) {
            String at = path + "[" + i + "]";
            Source source = sources.get(i);
            if (source == null) {
                rules.add(at, "must be a source, not null");
                continue;
            }
            rules.require(!blank(source.title()) || !blank(source.url()), at, "needs at least a title or a url");
            length(rules, at + ".title", source.title(), TITLE);
            length(rules, at + ".publisher", source.publisher(), PUBLISHER);
            length(rules, at + ".excerpt", source.excerpt(), EXCERPT);
            if (source.url() != null && length(rules, at + ".url", source.url(), URL)) {
                rules.require(isWebAddress(source.url()), at + ".url",
                        "must be an absolute http or https URL such as https://example.org/page, with any character"
                                + " beyond ASCII percent-encoded");
            }
            if (source.language() != null && length(rules, at + ".language", source.language(), LANGUAGE)) {
                rules.require(source.language().matches(LANGUAGE_PATTERN), at + ".language",
                        "must be a BCP 47 language tag such as zh, es or pt-BR");
            }
            PartialDate published = source.publishedOn();
            if (published != null) {
                DateChecks.plausible(rules, at + ".publishedOn", published);
                DateChecks.notInFuture(rules, at + ".publishedOn", published, today);
            }
            LocalDate accessed = source.accessedOn();
            if (accessed != null) {
                rules.requirePlausible(at + ".accessedOn", accessed);
                rules.require(!accessed.isAfter(today), at + ".accessedOn", "must not be in the future");
                rules.require(published == null || !accessed.isBefore(published.firstDay()), at + ".accessedOn",
                        "must not be before the source was published (" + published + ")");
            }
        }
        return rules;
    }

    private static boolean length(Rules rules, String field, String value, int max) {
        boolean ok = value == null || value.length() <= max;
        rules.require(ok, field, "must be at most " + max + " characters");
        return ok;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An absolute http(s) URI in ASCII, as JSON Schema's {@code format: uri} and every HTTP client take it. */
    private static boolean isWebAddress(String url) {
        if (!url.chars().allMatch(c -> c > ' ' && c < 127)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
