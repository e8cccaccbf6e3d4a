package org.paradiplomacy.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.demo.DemoLoader;

/**
 * The dashboard analytics-service serves at {@code /}, in Debian's Chromium driven by Playwright, against the
 * Observatory with the demo data: what the page shows is what the statistics API answers, as of any date, live.
 * Screenshots of the main views go to target/dashboard/ (docs/dashboard/ keeps a copy).
 */
class DashboardIT {

    private static final Path ROOT = Path.of(System.getProperty("observatory.root", ".."));
    private static final Path LISTS = ROOT.resolve("../shared/data");
    private static final Path SCREENSHOTS = Path.of("target", "dashboard");
    private static final Path CHROMIUM = Path.of(System.getProperty("observatory.chromium", "/usr/bin/chromium"));
    /** Debian's Chromium as the project's other tools run it: no sandbox in a container, nothing fetched. */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final double TIMEOUT = 60_000;

    private static Observatory observatory;
    private static Playwright playwright;
    private static Browser browser;

    private final JsonApi api = new JsonApi();
    private final List<String> consoleErrors = new ArrayList<>();
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startTheObservatoryWithTheDemoAndABrowser() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (./observatory test installs it)").isExecutable();
        observatory = Observatory.start("dashboard_it");
        ObservatoryClient client = observatory.loaderClient();
        boolean lists = Files.isReadable(LISTS.resolve("china_lac_engagements.csv"));
        new DemoLoader(client, LocalDate.of(2026, 12, 1), System.err).run(new DemoLoader.Files(
                ROOT.resolve("deploy/local/demo/actors.json"), ROOT.resolve("deploy/local/demo/engagements.json"),
                lists ? LISTS.resolve("china_lac_engagements.csv") : null,
                lists ? LISTS.resolve("network_memberships.csv") : null));
        // The statistics have every agreement loaded when the records behind them are as many.
        JsonApi api = new JsonApi();
        long agreements = api.get(observatory.agreements().url() + "/api/v1/agreements?size=1").path("total").asLong();
        assertThat(agreements).as("agreements of the demo").isGreaterThanOrEqualTo(12);
        await().atMost(Duration.ofSeconds(90)).until(() -> api.get(observatory.analytics().url()
                + "/api/v1/stats/records?type=agreement&size=1").path("total").asLong() == agreements);
        // A browser profile of its own in a fresh directory (Playwright's default); never a downloaded browser.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(FLAGS));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopIt() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (observatory != null) {
            observatory.close();
        }
    }

    @BeforeEach
    void openABrowserPage() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(1280, 900).setLocale("en-GB"));
        page = context.newPage();
        page.setDefaultTimeout(TIMEOUT);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
    }

    @AfterEach
    void closeIt() {
        context.close();
    }

    private String url(String path) {
        return observatory.analytics().url() + path;
    }

    /** Opens the dashboard and waits until it has drawn the statistics it asked for. */
    private void open(String query) {
        page.navigate(url("/" + query));
        page.waitForSelector("body[data-loaded]:not([aria-busy])");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsAndTheServiceRoutesStayAsTheyWere() throws Exception {
        open("");
        assertThat(page).hasTitle("Paradiplomacy Observatory");
        assertThat(page.locator("#freshness")).containsText("events");
        assertThat(page.locator("#live")).hasText("live ·");
        screenshot("overview");
        assertThat(consoleErrors).isEmpty();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(api.get(url("/q/health/ready")).path("status").asText()).isEqualTo("UP");
        assertThat(api.get(url("/api/v1/stats/years")).isArray()).isTrue();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/q/openapi"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nothing-here")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void theMapHasAShapePerCountryLabelledWithItsAgreements() {
        open("");
        assertThat(page.locator("#map path[data-region]").count()).isGreaterThan(170);
        JsonNode countries = api.get(url("/api/v1/stats/regions?level=country"));
        int shaded = 0;
        for (JsonNode row : countries) {
            String code = row.path("region").asText();
            Locator shape = page.locator("#map path[data-region='" + code + "']");
            if (shape.count() == 0) {
                continue; // too small for the map (and listed in the tables)
            }
            long agreements = sum(row.path("agreementsByKind"));
            assertThat(shape).hasAttribute("data-count", Long.toString(agreements));
            assertThat(shape.getAttribute("aria-label")).contains(": " + agreements + " agreements");
            shaded++;
        }
        assertThat(shaded).isGreaterThanOrEqualTo(6);
        page.locator("#map path[data-region='CN']").hover();
        long china = sum(find(countries, "CN").path("agreementsByKind"));
        assertThat(page.locator("#tooltip")).hasText(page.locator("#map path[data-region='CN']").getAttribute("aria-label"));
        assertThat(page.locator("#tooltip")).containsText("China: " + china + " agreements");
    }

    @Test
    void chinaChosenShowsAShapePerProvinceLabelledWithItsAgreementsAndAClickFiltersByIt() {
        open("?country=CN");
        Locator provinces = page.locator("#subdivision-map path[data-region^='CN-']");
        assertThat(provinces.first()).isVisible();
        assertThat(provinces.count()).isGreaterThanOrEqualTo(31);
        int shaded = 0;
        for (JsonNode row : api.get(url("/api/v1/stats/regions?level=subdivision&country=CN"))) {
            String code = row.path("region").asText();
            Locator shape = page.locator("#subdivision-map path[data-region='" + code + "']");
            if ("unknown".equals(code) || shape.count() == 0) {
                continue; // the unknown row is a line of the table, not a shape
            }
            long agreements = sum(row.path("agreementsByKind"));
            assertThat(shape).hasAttribute("data-count", Long.toString(agreements));
            assertThat(shape.getAttribute("aria-label")).contains(": " + agreements + " agreements");
            shaded++;
        }
        assertThat(shaded).isGreaterThanOrEqualTo(5);
        screenshot("provinces");

        page.locator("#subdivision-map path[data-region='CN-HB']").click();
        assertThat(page).hasURL(Pattern.compile(".*province=CN-HB.*"));
        assertThat(page.locator("#subdivision-map path[data-region='CN-HB']")).hasClass(Pattern.compile(".*\\bselected\\b.*"));
    }

    @Test
    void theSliderMovesEveryViewToWhatTheStatisticsSayAsOfThatDay() {
        open("");
        Locator slider = page.locator("#asof-range");
        slider.fill(Integer.toString((2010 - 1980) * 12));
        page.waitForSelector("body[data-as-of='2010-01-01']:not([aria-busy])");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]asOf=2010-01-01.*"));

        assertThat(matrixCells()).isEqualTo(pairs("/api/v1/stats/region-pairs?asOf=2010-01-01"));
        assertThat(matrixCells()).isNotEqualTo(pairs("/api/v1/stats/region-pairs")).isNotEmpty();
        for (JsonNode row : api.get(url("/api/v1/stats/regions?level=country&asOf=2010-01-01"))) {
            Locator shape = page.locator("#map path[data-region='" + row.path("region").asText() + "']");
            if (shape.count() > 0) {
                assertThat(shape).hasAttribute("data-count", Long.toString(sum(row.path("agreementsByKind"))));
            }
        }
        Map<Integer, Long> years = new TreeMap<>();
        for (JsonNode row : api.get(url("/api/v1/stats/years?asOf=2010-01-01"))) {
            long total = row.path("agreementsSigned").asLong() + row.path("missionsCompleted").asLong()
                    + row.path("conferences").asLong() + row.path("statements").asLong();
            years.put(row.path("year").asInt(), total);
        }
        Map<Integer, Long> drawn = new TreeMap<>();
        for (Locator bar : page.locator("#timeline g[data-year]").all()) {
            long total = Long.parseLong(bar.getAttribute("data-total"));
            if (total > 0) {
                drawn.put(Integer.parseInt(bar.getAttribute("data-year")), total);
            }
        }
        assertThat(drawn).isEqualTo(years);
        assertThat(drawn.keySet()).allMatch(year -> year < 2010);
        screenshot("as-of-2010");

        // The URL holds the view: opened again, it shows the same.
        page.navigate(page.url());
        page.waitForSelector("body[data-as-of='2010-01-01']:not([aria-busy])");
        assertThat(matrixCells()).isEqualTo(pairs("/api/v1/stats/region-pairs?asOf=2010-01-01"));
        assertThat(slider).hasValue(Integer.toString((2010 - 1980) * 12));
    }

    @Test
    void aNewAgreementWrittenThroughTheApiAppearsWithoutAReload() {
        open("");
        page.evaluate("window.stillTheSamePage = true");
        assertThat(page.locator("button[data-cell='CN-HN~CO']")).hasCount(0);

        String hunan = register("province", "Hunan", "CN", "CN-HN");
        String bogota = register("city", "Bogotá", "CO", "CO-DC");
        given(observatory.agreements().url() + "/api/v1/agreements", """
                {"kind": "cooperation", "title": "Hunan–Bogotá cooperation", "parties": ["%s", "%s"],
                 "signed": {"signedOn": "2020-05-01"}}""".formatted(hunan, bogota));

        assertThat(page.locator("button[data-cell='CN-HN~CO']")).hasText("1",
                new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT));
        assertThat(page.locator("#map path[data-region='CO']")).hasAttribute("data-count", "1");
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
    }

    @Test
    void theMatrixDownloadsAsTheApisCsv() throws Exception {
        open("?asOf=2019-06-30");
        Download download = page.waitForDownload(() -> page.locator("#matrix-view button[data-csv]").click());
        String downloaded = Files.readString(download.path());
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/v1/stats/region-pairs?asOf=2019-06-30"))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(downloaded).isEqualTo(csv).contains("china,counterpart,agreements");
        assertThat(download.suggestedFilename()).isEqualTo("observatory-matrix-2019-06-30.csv");
    }

    @Test
    void aCellShowsTheRecordsBehindItsCountWithTheirDatesAndSources() {
        open("");
        page.locator("button[data-cell='CN-HB~CL']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]cell=CN-HB(~|%7E)CL.*"));
        Locator records = page.locator("#records-view");
        assertThat(records).isVisible();
        assertThat(records.locator("h2")).hasText("Records behind Hubei × Chile");
        JsonNode behind = api.get(url("/api/v1/stats/records?type=agreement&region=CN-HB&level=subdivision"
                + "&counterpart=CL&counterpartLevel=country"));
        long cell = Long.parseLong(page.locator("button[data-cell='CN-HB~CL']").textContent().trim());
        assertThat(behind.path("total").asLong()).isEqualTo(cell);
        assertThat(records.locator("li[data-record]")).hasCount((int) cell);
        assertThat(records).containsText("Sister-city agreement between Wuhan and Concepción");
        assertThat(records).containsText("signed 2016-04-07");
        screenshot("records");
    }

    @Test
    void filtersAndLanguageAreKeyboardUsableAndInTheUrl() {
        open("");
        page.locator("#map path[data-region='AR']").focus();
        page.keyboard().press("Enter");
        page.waitForSelector("body[data-loaded]:not([aria-busy])");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]country=AR.*"));
        assertThat(page.locator("#country")).hasValue("AR");
        assertThat(page.locator("table.matrix th.col")).hasCount(1);
        assertThat(page.locator("#subdivisions")).containsText("Entre Ríos");

        page.locator("#lang").press("Enter");
        assertThat(page.locator("#map-view h2")).hasText("Acuerdos por país");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]lang=es.*"));
        assertThat(page.locator("#map path[data-region='BR']").getAttribute("aria-label")).startsWith("Brasil:");
        page.locator("#country").selectOption("");
        page.waitForSelector("body[data-loaded]:not([aria-busy])");
        screenshot("spanish");
    }

    @Test
    void onlyTheRecordsThatCiteASourceCountWhenTheViewSaysSo() {
        open("");
        page.locator("#sourced").check();
        page.waitForSelector("body[data-loaded]:not([aria-busy])");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]sourced=true.*"));
        assertThat(matrixCells()).isEqualTo(pairs("/api/v1/stats/region-pairs?sourced=true"));
    }

    private Map<String, Long> matrixCells() {
        Map<String, Long> cells = new TreeMap<>();
        for (Locator cell : page.locator("button[data-cell]").all()) {
            cells.put(cell.getAttribute("data-cell"), Long.parseLong(cell.textContent().trim()));
        }
        return cells;
    }

    private Map<String, Long> pairs(String path) {
        Map<String, Long> cells = new TreeMap<>();
        for (JsonNode pair : api.get(url(path))) {
            cells.put(pair.path("china").asText() + "~" + pair.path("counterpart").asText(),
                    pair.path("agreements").asLong());
        }
        return cells;
    }

    /** The actor of that name and place: registered, or the one the demo data already holds (a likely duplicate). */
    private String register(String kind, String name, String country, String subdivision) {
        JsonApi.Answer answer = post(observatory.actors().url() + "/api/v1/actors", """
                {"kind": "%s", "names": {"en": "%s"}, "country": "%s", "subdivision": "%s"}"""
                .formatted(kind, name, country, subdivision));
        assertThat(answer.status()).as("registering " + name + ": " + answer.body()).isIn(201, 409);
        String id = answer.status() == 201 ? answer.body().path("id").asText()
                : answer.body().path("candidates").path(0).path("actorId").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(observatory.agreements().url() + "/api/v1/directory/actors/" + id) != null);
        return id;
    }

    private JsonNode given(String url, String json) {
        JsonApi.Answer answer = post(url, json);
        assertThat(answer.status()).as("POST " + url + ": " + answer.body()).isEqualTo(201);
        return answer.body();
    }

    private JsonApi.Answer post(String url, String json) {
        try {
            return api.post(url, "dashboard-it-" + json.hashCode(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode find(JsonNode rows, String region) {
        for (JsonNode row : rows) {
            if (row.path("region").asText().equals(region)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + region);
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        return total;
    }
}
