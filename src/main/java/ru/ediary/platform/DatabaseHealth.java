package ru.ediary.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** /health and /health/ready: the database answers and holds the schema. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = "jdbc/ediary")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet schools = statement.executeQuery("SELECT COUNT(*) FROM school")) {
            schools.next();
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schools", schools.getLong(1))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
