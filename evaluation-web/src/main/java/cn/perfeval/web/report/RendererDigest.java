package cn.perfeval.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A digest of what decides a rendered file besides the evaluation: the report module's templates and code and the
 * PDF fonts configured (a configured font file by its path, size and time). Kept files carry it, so a release or a
 * font change renders anew instead of serving what the previous renderer made.
 */
final class RendererDigest {

    private RendererDigest() {
    }

    static String of(Map<String, String> fonts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:report-templates/**/*");
            Resource[] code = new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:cn/perfeval/report/**/*.class");
            for (Resource[] group : new Resource[][] {resources, code}) {
                Arrays.sort(group, Comparator.comparing(RendererDigest::name));
                for (Resource resource : group) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    digest.update(name(resource).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            for (Map.Entry<String, String> font : fonts.entrySet()) {
                digest.update((font.getKey() + "=" + font.getValue()).getBytes(StandardCharsets.UTF_8));
                Path file = font.getValue().isBlank() ? null : Path.of(font.getValue());
                if (file != null && Files.isRegularFile(file)) {
                    digest.update((Files.size(file) + "@" + Files.getLastModifiedTime(file)).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Resource resource) {
        String path = resource.getDescription();
        // the path inside the module, not where the jar happens to lie on this machine
        int at = Math.max(path.lastIndexOf("report-templates/"), path.lastIndexOf("cn/perfeval/report/"));
        return at < 0 ? resource.getFilename() : path.substring(at);
    }
}
