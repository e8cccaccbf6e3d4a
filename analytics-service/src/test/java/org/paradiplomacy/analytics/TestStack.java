package org.paradiplomacy.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.paradiplomacy.testing.ObservatoryTestResource;

/** The analytics-service tests run against a real broker and a database of their own. */
@QuarkusTestResource(value = ObservatoryTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "observatory_analytics_test"))
public final class TestStack {

    private TestStack() {
    }
}
