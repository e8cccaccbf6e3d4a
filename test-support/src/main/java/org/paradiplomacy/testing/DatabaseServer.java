package org.paradiplomacy.testing;

import java.util.Map;

/**
 * The PostgreSQL server the tests make their databases on, one per JVM: a container when
 * {@link Infrastructure#current()} says so, else the machine's own at 127.0.0.1:5432 unless {@code PGHOST},
 * {@code PGPORT}, {@code PGUSER} or {@code PGPASSWORD} say otherwise. Either way it trusts connections from the
 * tests, so a service started with only a URL and a user name can connect.
 */
record DatabaseServer(String host, int port, String user, String password) {

    private static DatabaseServer current;

    static synchronized DatabaseServer current() {
        if (current == null) {
            current = switch (Infrastructure.current()) {
                case CONTAINERS -> ContainerPostgres.start();
                case LOCAL -> local(System.getenv());
            };
        }
        return current;
    }

    static DatabaseServer local(Map<String, String> env) {
        return new DatabaseServer(setting(env, "PGHOST", "127.0.0.1"), Integer.parseInt(setting(env, "PGPORT", "5432")),
                setting(env, "PGUSER", "root"), setting(env, "PGPASSWORD", ""));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static String setting(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
