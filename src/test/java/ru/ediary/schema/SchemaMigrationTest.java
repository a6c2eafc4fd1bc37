package ru.ediary.schema;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AssociationOverrides;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolRecord;

/**
 * The schema is the Liquibase changelog, not JPA. This test runs the changelog on a fresh database twice (the second
 * run must change nothing) and checks the result against the JPA entities, read by reflection the way EclipseLink
 * maps them: every entity's table, every mapped column with its nullability and type, the foreign key of every
 * association, the unique constraints, identity columns and the id generator's table and row. A new entity field
 * without a migration fails here, and the message lists every column the schema lacks.
 *
 * <p>Derby (in memory) always runs. PostgreSQL runs when {@code ediary.postgres.url} (with {@code .user} and
 * {@code .password}) reaches a server; it works in the schema {@value #PG_SCHEMA}, dropped and recreated first.
 * An unreachable server skips that test, unless {@code ediary.postgres.required=true}: then it fails.
 */
class SchemaMigrationTest {

    static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.xml";
    /** Where the entities are looked for (under target/classes). */
    static final String ENTITY_ROOT = "ru/ediary";
    static final String DERBY_URL = "jdbc:derby:memory:schemaTest";
    static final String PG_SCHEMA = "schema_test";
    /** PostgreSQL silently truncates longer identifiers (Derby allows 128), so constraint and index names must fit. */
    static final int MAX_NAME_LENGTH = 63;

    @BeforeAll
    static void quietTools() {
        System.setProperty("liquibase.analytics.enabled", "false");
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
    }

    @Test
    void changelogBuildsTheMappedSchemaOnDerby() throws Exception {
        dropDerby();
        try {
            migrateTwiceAndVerify("Derby", () -> DriverManager.getConnection(DERBY_URL + ";create=true"), null);
        } finally {
            dropDerby();
        }
    }

    @Test
    void changelogBuildsTheMappedSchemaOnPostgresql() throws Exception {
        String url = System.getProperty("ediary.postgres.url", "").trim();
        boolean required = Boolean.parseBoolean(System.getProperty("ediary.postgres.required", "false").trim());
        Properties props = new Properties();
        props.setProperty("user", System.getProperty("ediary.postgres.user", ""));
        props.setProperty("password", System.getProperty("ediary.postgres.password", ""));
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "10");
        if (url.isEmpty()) {
            unavailable(required, "ediary.postgres.url is not set", null);
        }
        try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + PG_SCHEMA);
        } catch (SQLException e) {
            unavailable(required, "PostgreSQL at " + url + " is not reachable or not usable: " + e.getMessage(), e);
        }
        migrateTwiceAndVerify("PostgreSQL", () -> {
            Connection c = DriverManager.getConnection(url, props);
            c.setSchema(PG_SCHEMA);
            return c;
        }, PG_SCHEMA);
    }

    private static void unavailable(boolean required, String why, Exception cause) {
        if (required) {
            fail(why + " (ediary.postgres.required=true)", cause);
        }
        Assumptions.abort(why + "; skipped (set ediary.postgres.required=true to fail instead)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Running the changelog

    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private void migrateTwiceAndVerify(String db, ConnectionSource source, String schema) throws Exception {
        List<ExpectedTable> expected = EntityModel.of(entityClasses());

        update(source, schema);
        DbSnapshot first;
        try (Connection c = source.open()) {
            first = DbSnapshot.read(c);
        }
        update(source, schema);
        DbSnapshot second;
        List<String> problems;
        try (Connection c = source.open()) {
            second = DbSnapshot.read(c);
            problems = verify(expected, second, c);
        }

        assertAll(
                () -> assertFalse(first.changelog().isEmpty(), db + ": DATABASECHANGELOG is empty after the update"),
                () -> assertTrue(first.changelog().stream().allMatch(row -> row.endsWith("|EXECUTED")),
                        db + ": not every changeSet was executed on the fresh database: " + first.changelog()),
                () -> assertEquals(first.changelog().size(), second.changelog().size(),
                        db + ": the second run changed the DATABASECHANGELOG row count"),
                () -> assertEquals(first.changelog(), second.changelog(),
                        db + ": the second run changed DATABASECHANGELOG"),
                () -> assertEquals(first.tables(), second.tables(), db + ": the second run changed the schema"),
                () -> assertTrue(problems.isEmpty(), () -> db + ": the changelog does not match the JPA entities ("
                        + problems.size() + " problems):\n  - " + String.join("\n  - ", problems)));
    }

    private static void update(ConnectionSource source, String schema) throws Exception {
        try (Connection c = source.open()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            if (schema != null) {
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
            }
            if (database instanceof DerbyDatabase derby) {
                derby.setShutdownEmbeddedDerby(false);
            }
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER_CHANGELOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static void dropDerby() {
        try {
            DriverManager.getConnection(DERBY_URL + ";drop=true").close();
        } catch (SQLException expected) {
            // 08006: dropped; XJ004: there was none. Either way the next connection starts from nothing.
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Finding the entities

    /** Every class under {@value #ENTITY_ROOT} in a class-path folder (target/classes) annotated @Entity. */
    static List<Class<?>> entityClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Set<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(ENTITY_ROOT);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (!"file".equals(root.getProtocol())) {
                continue;
            }
            Path dir = Paths.get(root.toURI());
            Path base = dir;
            for (int i = 0; i < ENTITY_ROOT.split("/").length; i++) {
                base = base.getParent();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    // Only classes that mention the annotation are loaded.
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    if (bytes.contains("Ljakarta/persistence/Entity;")) {
                        String relative = base.relativize(file).toString();
                        names.add(relative.substring(0, relative.length() - ".class".length())
                                .replace(File.separatorChar, '.'));
                    }
                }
            }
        }
        List<Class<?>> entities = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        }
        assertTrue(entities.contains(School.class), "the entity scan of " + ENTITY_ROOT + " found only " + entities);
        return entities;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What the entities expect (JPA mapping with EclipseLink's defaults)

    /** An expected column; sqlType is null where the mapping does not determine it. */
    record ExpectedColumn(String name, boolean notNull, String sqlType, boolean identity, String origin) {

        boolean sameMapping(ExpectedColumn other) {
            return name.equalsIgnoreCase(other.name) && notNull == other.notNull
                    && Objects.equals(sqlType, other.sqlType) && identity == other.identity;
        }
    }

    record ExpectedForeignKey(String column, String referencedTable, String origin) {
    }

    /** A row that must exist, e.g. the id generator's counter. */
    record ExpectedRow(String keyColumn, String keyValue, String origin) {
    }

    static final class ExpectedTable {
        final String name;
        final String origin;
        final Map<String, ExpectedColumn> columns = new LinkedHashMap<>();
        final List<ExpectedForeignKey> foreignKeys = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<ExpectedRow> rows = new ArrayList<>();

        ExpectedTable(String name, String origin) {
            this.name = name;
            this.origin = origin;
        }

        void add(ExpectedColumn column, List<String> problems) {
            ExpectedColumn previous = columns.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
            if (previous != null && !previous.sameMapping(column)) {
                problems.add("column " + name + "." + column.name() + " is mapped twice, differently: by "
                        + previous.origin() + " and by " + column.origin());
            }
        }
    }

    static final class EntityModel {
        final Map<String, ExpectedTable> tables = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();

        static List<ExpectedTable> of(List<Class<?>> entities) {
            EntityModel model = new EntityModel();
            for (Class<?> entity : entities) {
                model.addEntity(entity);
            }
            assertTrue(model.problems.isEmpty(), () -> "entity mappings this test cannot check (extend it):\n  - "
                    + String.join("\n  - ", model.problems));
            return new ArrayList<>(model.tables.values());
        }

        ExpectedTable table(String name, String origin) {
            return tables.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ExpectedTable(name, origin));
        }

        void addEntity(Class<?> entity) {
            ExpectedTable table = table(tableName(entity), entity.getSimpleName());
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> c = entity; c != Object.class; c = c.getSuperclass()) {
                if (c != entity && c.isAnnotationPresent(Entity.class)) {
                    problems.add(entity.getName() + ": entity inheritance (" + c.getName() + ") is not supported");
                }
                if (c == entity || c.isAnnotationPresent(MappedSuperclass.class)) {
                    hierarchy.add(0, c);
                }
            }
            for (Class<?> c : hierarchy) {
                for (Field field : persistentFields(c)) {
                    addField(table, entity, field, entity.getSimpleName() + "." + field.getName());
                }
            }
            if (SchoolRecord.class.isAssignableFrom(entity)) {
                // The import finds every later version of a record by (school, sourcedId).
                table.uniques.add(List.of(columnName(field(SchoolRecord.class, "school")),
                        columnName(field(SchoolRecord.class, "sourcedId"))));
            }
            Table annotation = entity.getAnnotation(Table.class);
            if (annotation != null) {
                for (UniqueConstraint unique : annotation.uniqueConstraints()) {
                    table.uniques.add(List.of(unique.columnNames()));
                }
            }
        }

        void addField(ExpectedTable table, Class<?> entity, Field field, String origin) {
            for (Class<? extends Annotation> unsupported : List.of(AttributeOverride.class, AttributeOverrides.class,
                    AssociationOverride.class, AssociationOverrides.class)) {
                if (field.isAnnotationPresent(unsupported)) {
                    problems.add(origin + ": @" + unsupported.getSimpleName() + " is not supported");
                }
            }
            if (field.isAnnotationPresent(Lob.class)) {
                problems.add(origin + ": @Lob maps to CLOB/BLOB, which the schema avoids (Derby and PostgreSQL differ)");
            }
            if (field.isAnnotationPresent(Embedded.class) || field.getType().isAnnotationPresent(Embeddable.class)) {
                for (Field inner : persistentFields(field.getType())) {
                    addField(table, entity, inner, origin + "." + inner.getName());
                }
            } else if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
                OneToOne oneToOne = field.getAnnotation(OneToOne.class);
                if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
                    return;
                }
                boolean optional = oneToOne != null ? oneToOne.optional() : field.getAnnotation(ManyToOne.class).optional();
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                boolean notNull = !optional || (join != null && !join.nullable());
                String name = columnName(field);
                table.add(new ExpectedColumn(name, notNull, sqlType(idField(field.getType()), origin), false, origin),
                        problems);
                table.foreignKeys.add(new ExpectedForeignKey(name, tableName(field.getType()), origin));
                if (join != null && join.unique()) {
                    table.uniques.add(List.of(name));
                }
            } else if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
                OneToMany oneToMany = field.getAnnotation(OneToMany.class);
                String mappedBy = oneToMany != null ? oneToMany.mappedBy() : field.getAnnotation(ManyToMany.class).mappedBy();
                if (mappedBy.isEmpty()) {
                    problems.add(origin + ": an owning @OneToMany/@ManyToMany (join table) is not supported");
                }
            } else if (field.isAnnotationPresent(ElementCollection.class)) {
                addElementCollection(entity, field, origin);
            } else {
                boolean id = field.isAnnotationPresent(Id.class);
                Column column = field.getAnnotation(Column.class);
                boolean notNull = id || field.getType().isPrimitive() || (column != null && !column.nullable());
                GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
                boolean identity = generated != null && generated.strategy() == GenerationType.IDENTITY;
                String name = columnName(field);
                table.add(new ExpectedColumn(name, notNull, sqlType(field, origin), identity, origin), problems);
                if (column != null && column.unique()) {
                    table.uniques.add(List.of(name));
                }
                TableGenerator generator = field.getAnnotation(TableGenerator.class);
                if (generator != null) {
                    addTableGenerator(generator,
                            field.getDeclaringClass().getSimpleName() + "." + field.getName() + " @TableGenerator");
                }
            }
        }

        void addElementCollection(Class<?> entity, Field field, String origin) {
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            Field ownerId = idField(entity);
            String tableName = collection != null && !collection.name().isEmpty()
                    ? collection.name() : entityName(entity) + "_" + field.getName();
            ExpectedTable table = table(tableName, origin);
            if (collection != null && collection.joinColumns().length > 1) {
                problems.add(origin + ": a collection table with several join columns is not supported");
            }
            String joinName = collection != null && collection.joinColumns().length == 1
                    && !collection.joinColumns()[0].name().isEmpty()
                    ? collection.joinColumns()[0].name() : entityName(entity) + "_" + columnName(ownerId);
            // The owner's key: always set (and part of the collection table's primary key).
            table.add(new ExpectedColumn(joinName, true, sqlType(ownerId, origin), false, origin), problems);
            table.foreignKeys.add(new ExpectedForeignKey(joinName, tableName(entity), origin));
            Type generic = field.getGenericType();
            if (!(generic instanceof ParameterizedType parameterized)
                    || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> element)
                    || element.isAnnotationPresent(Embeddable.class)) {
                problems.add(origin + ": only collections of basic values are supported");
                return;
            }
            Column column = field.getAnnotation(Column.class);
            String valueName = column != null && !column.name().isEmpty() ? column.name() : field.getName();
            boolean notNull = column != null && !column.nullable();
            table.add(new ExpectedColumn(valueName, notNull,
                    sqlType(element, column, field.getAnnotation(Enumerated.class), origin), false, origin), problems);
        }

        void addTableGenerator(TableGenerator generator, String origin) {
            if (generator.table().isEmpty() || generator.pkColumnName().isEmpty()
                    || generator.valueColumnName().isEmpty() || generator.pkColumnValue().isEmpty()) {
                problems.add(origin + ": a @TableGenerator relying on provider defaults is not supported");
                return;
            }
            ExpectedTable table = table(generator.table(), origin);
            table.add(new ExpectedColumn(generator.pkColumnName(), true, null, false, origin), problems);
            table.add(new ExpectedColumn(generator.valueColumnName(), true, null, false, origin), problems);
            boolean known = table.rows.stream().anyMatch(r -> r.keyColumn().equalsIgnoreCase(generator.pkColumnName())
                    && r.keyValue().equals(generator.pkColumnValue()));
            if (!known) {
                table.rows.add(new ExpectedRow(generator.pkColumnName(), generator.pkColumnValue(), origin));
            }
        }

        String sqlType(Field field, String origin) {
            return sqlType(field.getType(), field.getAnnotation(Column.class), field.getAnnotation(Enumerated.class),
                    origin);
        }

        /** The SQL type EclipseLink expects for a basic attribute, in the form of {@link DbSnapshot#sqlType}. */
        String sqlType(Class<?> type, Column column, Enumerated enumerated, String origin) {
            int length = column != null ? column.length() : 255;
            if (type == String.class) {
                return "VARCHAR(" + length + ")";
            }
            if (type.isEnum()) {
                if (enumerated == null || enumerated.value() == EnumType.ORDINAL) {
                    return "INTEGER";
                }
                for (Object constant : type.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.length() > length) {
                        problems.add(origin + ": " + type.getSimpleName() + "." + name
                                + " does not fit the column length " + length);
                    }
                }
                return "VARCHAR(" + length + ")";
            }
            if (type == Long.class || type == long.class) {
                return "BIGINT";
            }
            if (type == Integer.class || type == int.class) {
                return "INTEGER";
            }
            if (type == Short.class || type == short.class) {
                return "SMALLINT";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "BOOLEAN";
            }
            if (type == BigDecimal.class) {
                return column != null && column.precision() > 0
                        ? "DECIMAL(" + column.precision() + "," + column.scale() + ")" : "DECIMAL";
            }
            if (type == LocalDate.class) {
                return "DATE";
            }
            if (type == LocalTime.class) {
                return "TIME";
            }
            if (type == Instant.class || type == LocalDateTime.class) {
                return "TIMESTAMP";
            }
            if (type == byte[].class) {
                return "BINARY"; // a file kept whole: BLOB on Derby, BYTEA on PostgreSQL
            }
            problems.add(origin + ": no expected SQL type for " + type.getName() + " (extend sqlType)");
            return null;
        }

        static List<Field> persistentFields(Class<?> type) {
            return Arrays.stream(type.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                    .filter(f -> !f.isAnnotationPresent(Transient.class) && !f.isSynthetic())
                    .toList();
        }

        static Field idField(Class<?> type) {
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Id.class)) {
                        return f;
                    }
                }
            }
            throw new AssertionError(type.getName() + " has no @Id field");
        }

        static Field field(Class<?> type, String name) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new AssertionError(type.getName() + " has no field " + name, e);
            }
        }

        static String entityName(Class<?> entity) {
            Entity annotation = entity.getAnnotation(Entity.class);
            return annotation != null && !annotation.name().isEmpty() ? annotation.name() : entity.getSimpleName();
        }

        static String tableName(Class<?> entity) {
            Table table = entity.getAnnotation(Table.class);
            return table != null && !table.name().isEmpty() ? table.name() : entityName(entity);
        }

        /** The @Column / @JoinColumn name, else the field name (a join: field_targetIdColumn), as EclipseLink does. */
        static String columnName(Field field) {
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            if (join != null && !join.name().isEmpty()) {
                return join.name();
            }
            if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
                return field.getName() + "_" + columnName(idField(field.getType()));
            }
            Column column = field.getAnnotation(Column.class);
            return column != null && !column.name().isEmpty() ? column.name() : field.getName();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What the database has

    record DbColumn(String name, String type, boolean nullable, boolean autoIncrement, boolean hasDefault) {
    }

    record DbForeignKey(String name, String column, String referencedTable) {
    }

    record DbTable(String name, Map<String, DbColumn> columns, List<DbForeignKey> foreignKeys,
                   Set<Set<String>> uniqueKeys, Set<String> constraintNames) {
    }

    /**
     * The schema as the connection's metadata reports it. Names are kept as stored: unquoted names are folded (Derby:
     * upper case, PostgreSQL: lower case), so a name that was created quoted is not found — just as EclipseLink,
     * whose SQL is unquoted, would not find it.
     */
    record DbSnapshot(UnaryOperator<String> fold, Map<String, DbTable> tables, List<String> changelog) {

        static DbSnapshot read(Connection c) throws SQLException {
            DatabaseMetaData md = c.getMetaData();
            UnaryOperator<String> fold = md.storesUpperCaseIdentifiers() ? s -> s.toUpperCase(Locale.ROOT)
                    : md.storesLowerCaseIdentifiers() ? s -> s.toLowerCase(Locale.ROOT) : s -> s;
            String schema = c.getSchema();
            String escape = md.getSearchStringEscape();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, pattern(schema, escape), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            Map<String, DbTable> tables = new TreeMap<>();
            for (String table : names) {
                Map<String, DbColumn> columns = new LinkedHashMap<>();
                try (ResultSet rs = md.getColumns(null, pattern(schema, escape), pattern(table, escape), "%")) {
                    while (rs.next()) {
                        String name = rs.getString("COLUMN_NAME");
                        columns.put(name, new DbColumn(name, sqlType(rs),
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                "YES".equals(rs.getString("IS_AUTOINCREMENT")), rs.getString("COLUMN_DEF") != null));
                    }
                }
                List<DbForeignKey> foreignKeys = new ArrayList<>();
                Set<String> constraintNames = new TreeSet<>();
                try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
                    while (rs.next()) {
                        foreignKeys.add(new DbForeignKey(rs.getString("FK_NAME"), rs.getString("FKCOLUMN_NAME"),
                                rs.getString("PKTABLE_NAME")));
                        addName(constraintNames, rs.getString("FK_NAME"));
                    }
                }
                foreignKeys.sort(Comparator.comparing(DbForeignKey::column).thenComparing(DbForeignKey::name));
                try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
                    while (rs.next()) {
                        addName(constraintNames, rs.getString("PK_NAME"));
                    }
                }
                Map<String, Set<String>> uniqueIndexes = new TreeMap<>();
                try (ResultSet rs = md.getIndexInfo(null, schema, table, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        if (index == null || rs.getString("COLUMN_NAME") == null) {
                            continue;
                        }
                        addName(constraintNames, index);
                        if (!rs.getBoolean("NON_UNIQUE")) {
                            uniqueIndexes.computeIfAbsent(index, k -> new TreeSet<>()).add(rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                tables.put(table, new DbTable(table, columns, foreignKeys, new LinkedHashSet<>(uniqueIndexes.values()),
                        constraintNames));
            }
            List<String> changelog = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, author, filename, md5sum, dateexecuted, orderexecuted,"
                         + " exectype FROM databasechangelog ORDER BY orderexecuted")) {
                while (rs.next()) {
                    changelog.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                            + rs.getString(4) + "|" + rs.getTimestamp(5) + "|" + rs.getInt(6) + "|" + rs.getString(7));
                }
            }
            return new DbSnapshot(fold, tables, changelog);
        }

        private static void addName(Set<String> names, String name) {
            if (name != null) {
                names.add(name);
            }
        }

        /** A metadata search pattern matching exactly this name ('_' is a wildcard there). */
        private static String pattern(String name, String escape) {
            return escape == null || escape.isEmpty() ? name
                    : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
        }

        /** The same form as {@link EntityModel#sqlType}. */
        private static String sqlType(ResultSet rs) throws SQLException {
            int type = rs.getInt("DATA_TYPE");
            return switch (type) {
                case Types.BIGINT -> "BIGINT";
                case Types.INTEGER -> "INTEGER";
                case Types.SMALLINT -> "SMALLINT";
                case Types.BOOLEAN, Types.BIT -> "BOOLEAN"; // PostgreSQL's driver reports boolean as BIT
                case Types.VARCHAR -> "VARCHAR(" + rs.getInt("COLUMN_SIZE") + ")";
                case Types.DECIMAL, Types.NUMERIC -> "DECIMAL(" + rs.getInt("COLUMN_SIZE") + ","
                        + rs.getInt("DECIMAL_DIGITS") + ")";
                case Types.DATE -> "DATE";
                case Types.TIME -> "TIME";
                case Types.TIMESTAMP -> "TIMESTAMP";
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "BINARY";
                default -> rs.getString("TYPE_NAME") + " (JDBC type " + type + ")";
            };
        }

        DbTable table(String name) {
            return tables.get(fold.apply(name));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Comparing

    static List<String> verify(List<ExpectedTable> expected, DbSnapshot db, Connection c) throws SQLException {
        List<String> missing = new ArrayList<>();
        List<String> other = new ArrayList<>();
        UnaryOperator<String> fold = db.fold();
        for (ExpectedTable table : expected) {
            DbTable actual = db.table(table.name);
            if (actual == null) {
                missing.add("missing table " + table.name + " (" + table.origin + ") with columns "
                        + table.columns.values().stream().map(ExpectedColumn::name).collect(Collectors.joining(", ")));
                continue;
            }
            for (ExpectedColumn column : table.columns.values()) {
                String where = table.name + "." + column.name() + " (" + column.origin() + ")";
                DbColumn dbColumn = actual.columns().get(fold.apply(column.name()));
                if (dbColumn == null) {
                    missing.add("missing column " + where);
                    continue;
                }
                if (column.notNull() == dbColumn.nullable()) {
                    other.add(where + ": the entity says " + (column.notNull() ? "NOT NULL" : "nullable")
                            + ", the column is " + (dbColumn.nullable() ? "nullable" : "NOT NULL"));
                }
                if (column.sqlType() != null && !typeMatches(column.sqlType(), dbColumn.type())) {
                    other.add(where + ": the entity maps " + column.sqlType() + ", the column is " + dbColumn.type());
                }
                if (column.identity() && !dbColumn.autoIncrement()) {
                    other.add(where + ": GenerationType.IDENTITY needs an identity (autoIncrement) column");
                }
            }
            for (DbColumn dbColumn : actual.columns().values()) {
                if (!table.columns.containsKey(dbColumn.name().toLowerCase(Locale.ROOT)) && !dbColumn.nullable()
                        && !dbColumn.hasDefault() && !dbColumn.autoIncrement()) {
                    other.add(table.name + "." + dbColumn.name() + " is NOT NULL without a default but no field of "
                            + table.origin + " maps it: every insert would fail");
                }
            }
            for (ExpectedForeignKey fk : table.foreignKeys) {
                boolean found = actual.foreignKeys().stream().anyMatch(k -> k.column().equals(fold.apply(fk.column()))
                        && k.referencedTable().equals(fold.apply(fk.referencedTable())));
                if (!found) {
                    other.add("missing foreign key " + table.name + "(" + fk.column() + ") -> " + fk.referencedTable()
                            + " (" + fk.origin() + ")");
                }
            }
            for (List<String> unique : table.uniques) {
                Set<String> columns = unique.stream().map(fold).collect(Collectors.toCollection(TreeSet::new));
                if (!actual.uniqueKeys().contains(columns)) {
                    other.add("missing unique constraint " + table.name + "(" + String.join(", ", unique) + ") ("
                            + table.origin + ")");
                }
            }
            for (String name : actual.constraintNames()) {
                if (name.length() > MAX_NAME_LENGTH) {
                    other.add(table.name + ": the constraint or index name " + name + " is longer than "
                            + MAX_NAME_LENGTH + " characters (PostgreSQL would truncate it)");
                }
            }
            for (ExpectedRow row : table.rows) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM " + table.name + " WHERE " + row.keyColumn() + " = ?")) {
                    s.setString(1, row.keyValue());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) != 1) {
                            other.add(table.name + " needs exactly one row " + row.keyColumn() + " = '"
                                    + row.keyValue() + "' (" + row.origin() + "), found " + rs.getInt(1));
                        }
                    }
                }
            }
        }
        List<String> all = new ArrayList<>(missing);
        all.addAll(other);
        return all;
    }

    private static boolean typeMatches(String expected, String actual) {
        return expected.equals(actual) || ("DECIMAL".equals(expected) && actual.startsWith("DECIMAL("));
    }
}
