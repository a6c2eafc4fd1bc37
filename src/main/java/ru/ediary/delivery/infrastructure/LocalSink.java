package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import ru.ediary.delivery.model.DeliveryFailure;
import ru.ediary.delivery.model.SentCopies;

/**
 * Where e-mail and SMS go when no SMTP server or SMSC is configured (the default run): files in a folder under the
 * server's output directory, one per message — e-mails as .eml (open them in any mail program), SMS as UTF-8 text —
 * so a developer sees exactly what guardians would receive. Written to a temporary name and moved, so a file that
 * exists is complete.
 */
@ApplicationScoped
public class LocalSink implements SentCopies {

    private static final Logger LOG = Logger.getLogger(LocalSink.class.getName());

    public Path folder() {
        return Paths.get(GatewaySettings.text("sinkDirectory", "delivery-sink"));
    }

    public String write(String channelFolder, String name, Writer content) throws DeliveryFailure {
        try {
            Path dir = Files.createDirectories(folder().resolve(channelFolder));
            Path target = dir.resolve(name);
            Path partial = dir.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return "sink:" + target.toAbsolutePath();
        } catch (IOException e) {
            throw DeliveryFailure.temporary("локальный каталог " + folder().toAbsolutePath() + " недоступен: "
                    + e.getMessage(), e);
        }
    }

    public String writeText(String channelFolder, String name, String text) throws DeliveryFailure {
        return write(channelFolder, name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a message's bytes. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    @Override
    public int removeWrittenBefore(Instant cutoff) {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> old;
        try (Stream<Path> files = Files.walk(folder)) {
            old = files.filter(Files::isRegularFile).filter(file -> writtenBefore(file, cutoff)).toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "the sink folder " + folder + " could not be read for retention", e);
            return 0;
        }
        int removed = 0;
        for (Path file : old) {
            try {
                Files.deleteIfExists(file);
                removed++;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "a sink file past retention could not be deleted: " + file, e);
            }
        }
        return removed;
    }

    private static boolean writtenBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }
}
