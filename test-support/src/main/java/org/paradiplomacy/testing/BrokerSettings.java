package org.paradiplomacy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the build wrote into {@code kafka-broker.properties}: where the broker's jars and its configuration are,
 * and the {@code apache/kafka} image of the same Kafka version, so both kinds of test broker run one setup.
 *
 * @param libs the broker's jars, for {@link ProcessKafkaBroker}
 * @param config the folder of the local stack's {@code server.properties} and {@code log4j2.properties}
 * @param image the container image, for {@link ContainerKafkaBroker}
 */
record BrokerSettings(Path libs, Path config, String image) {

    static BrokerSettings load() {
        Properties where = new Properties();
        try (InputStream in = BrokerSettings.class.getResourceAsStream("kafka-broker.properties")) {
            where.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BrokerSettings(Path.of(where.getProperty("libs")), Path.of(where.getProperty("config")),
                where.getProperty("image"));
    }

    /** The local stack's broker properties (listeners, partitions, retention, replication of internal topics). */
    Properties serverProperties() {
        Properties server = new Properties();
        try (Reader in = Files.newBufferedReader(config.resolve("server.properties"))) {
            server.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
