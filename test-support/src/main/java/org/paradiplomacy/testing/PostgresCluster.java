package org.paradiplomacy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster of a test's own: {@code initdb} in a temporary directory, served on a free port
 * of 127.0.0.1 with trust authentication. Unlike the machine's shared server, a test may crash it
 * ({@link #stopImmediately()}), start it again on the same data, or move its transaction-id counter on
 * ({@link #burnTransactionIdsTo(long)}) without disturbing anyone.
 *
 * <p>The binaries are the newest under {@code /usr/lib/postgresql/<version>/bin}. {@code initdb} refuses to run
 * as root, so as root the server commands run as the {@code postgres} OS user, which owns the directory. The
 * server logs to {@code server.log} and the commands to {@code commands.log} in that directory; errors name both.
 */
public final class PostgresCluster implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String SUPERUSER = "postgres";
    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final int port;
    private final boolean asOsUser;
    private final Thread crashOnExit = new Thread(this::stopQuietly);

    private PostgresCluster(Path bin, Path directory, int port, boolean asOsUser) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.port = port;
        this.asOsUser = asOsUser;
    }

    /** Initialises a fresh cluster on a free port; {@link #start()} starts it. */
    public static PostgresCluster create() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path directory = Files.createTempDirectory("postgres-cluster");
            if (root) {
                UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
                PosixFileAttributeView owner = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
                owner.setOwner(users.lookupPrincipalByName(OS_USER));
                owner.setGroup(users.lookupPrincipalByGroupName(OS_USER));
            }
            PostgresCluster cluster = new PostgresCluster(newestBinaries(), directory, freePort(), root);
            cluster.initdb();
            Runtime.getRuntime().addShutdownHook(cluster.crashOnExit);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (after a crash: recovers first) and waits until it accepts connections. */
    public PostgresCluster start() {
        run("pg_ctl", "start", "-D", data.toString(), "-l", serverLog().toString(), "-w", "-t", "60");
        return this;
    }

    /** Stops the server the way a crash would: {@code pg_ctl stop -m immediate}, no checkpoint, recovery at start. */
    public void stopImmediately() {
        run("pg_ctl", "stop", "-D", data.toString(), "-m", "immediate", "-w");
    }

    public boolean isRunning() {
        return exitCode("pg_ctl", "status", "-D", data.toString()) == 0;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The superuser to connect as (no password: trust authentication). */
    public String user() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    public Path serverLog() {
        return directory.resolve("server.log");
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw failure("Creating database " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The transaction id the next transaction to need one will get (reading it takes none). */
    public long nextTransactionId() {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw failure("Reading the transaction-id counter failed: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the cluster's transaction-id counter on by running empty transactions until one of them gets
     * {@code xid} from {@code pg_current_xact_id()}: on an otherwise idle cluster the next transaction gets
     * {@code xid + 1}. About half a million transactions a second (asynchronous commits, one PL/pgSQL loop), so a
     * fresh cluster (near 730) reaches 100,000 in well under a second. Those empty transactions commit
     * asynchronously: a crash within a fraction of a second afterwards may hand their last few ids out again.
     */
    public void burnTransactionIdsTo(long xid) {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            long next = nextTransactionId();
            if (next > xid) {
                throw new IllegalStateException("The transaction-id counter is already at " + next + ", past " + xid);
            }
            sql.execute("SET synchronous_commit = off");
            sql.execute("DO $$ BEGIN WHILE pg_current_xact_id() < '" + xid + "'::xid8 LOOP COMMIT; END LOOP; END $$");
        } catch (SQLException e) {
            throw failure("Burning transaction ids to " + xid + " failed: " + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(crashOnExit);
        } catch (IllegalStateException e) {
            // The JVM is exiting: the hook stops the server.
        }
        if (isRunning()) {
            run("pg_ctl", "stop", "-D", data.toString(), "-m", "fast", "-w");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initdb() throws IOException {
        run("initdb", "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        // A crash of the server, not of the machine, is what tests inject: the kernel keeps what was written, so
        // fsync buys nothing here but slowness.
        Files.writeString(data.resolve("postgresql.conf"), """

                listen_addresses = '127.0.0.1'
                port = %d
                unix_socket_directories = '%s'
                max_connections = 200
                fsync = off
                """.formatted(port, directory), StandardOpenOption.APPEND);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
    }

    private void run(String program, String... args) {
        int exit = exitCode(program, args);
        if (exit != 0) {
            throw failure(program + " " + args[0] + " failed with exit code " + exit, null);
        }
    }

    private int exitCode(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asOsUser) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        try {
            Path log = directory.resolve("commands.log");
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(program + " " + args[0] + " did not finish in 120 s", null);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private IllegalStateException failure(String message, Exception cause) {
        return new IllegalStateException("PostgreSQL cluster on port " + port + ": " + message + "; see "
                + directory.resolve("commands.log") + " and " + serverLog(), cause);
    }

    private void stopQuietly() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            exitCode("pg_ctl", "stop", "-D", data.toString(), "-m", "immediate");
        }
    }

    private static Path newestBinaries() throws IOException {
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL under " + INSTALLATIONS));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
