package ru.ediary.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health and /health/ready: the database answers and holds the schema. Anyone may ask, so the answer is the status
 * alone: no product, no figures, no error text (which would name tables and drivers); why it is down goes to the
 * server's log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Resource(lookup = "jdbc/ediary")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet schools = statement.executeQuery("SELECT COUNT(*) FROM school")) {
            schools.next();
            return HealthCheckResponse.named("database").up().build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
