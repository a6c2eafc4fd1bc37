package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import ru.ediary.delivery.model.DeliveryFailure;

/**
 * Where e-mail and SMS go when no SMTP server or SMSC is configured (the default run): files in a folder under the
 * server's output directory, one per message — e-mails as .eml (open them in any mail program), SMS as UTF-8 text —
 * so a developer sees exactly what guardians would receive. Written to a temporary name and moved, so a file that
 * exists is complete.
 */
@ApplicationScoped
public class LocalSink {

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
}
