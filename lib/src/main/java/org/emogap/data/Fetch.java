package org.emogap.data;

import org.emogap.Project;
import org.emogap.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Gets a source file into {@code data/raw/<dataset>/<file>}: from there if it is already present,
 * else from a local mirror folder (env {@code EMOGAP_DATA_MIRROR}, searched by file name), else
 * by downloading its canonical URL. Every copy is written to a temporary file in the target
 * folder, checked against the manifest's sha256 and only then moved into place atomically, so
 * a reader never sees a partial or unverified file.
 */
public final class Fetch {
    public static final String MIRROR_ENV = "EMOGAP_DATA_MIRROR";

    private final Sources sources;
    private final Path rawDir;
    private final Path mirror;
    private final HttpClient http;
    private final Map<String, List<Path>> mirrorIndex = new ConcurrentHashMap<>();
    private volatile boolean indexed;

    public Fetch(Sources sources, Path rawDir, Path mirror, HttpClient http) {
        this.sources = sources;
        this.rawDir = rawDir;
        this.mirror = mirror;
        this.http = http;
    }

    /** The project's manifest, {@code data/raw/} under the project root, the mirror of {@code EMOGAP_DATA_MIRROR}. */
    public static Fetch standard() {
        String m = Project.setting(MIRROR_ENV, null);
        return new Fetch(Sources.load(), Project.root().resolve("data").resolve("raw"), m == null ? null : Path.of(m),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    /** {@code standard().get(name)}. */
    public static Path fetch(String name) { return standard().get(name); }

    public Sources sources() { return sources; }

    /** Where {@code name} is kept once fetched. */
    public Path target(String name) {
        Source s = sources.get(name);
        return rawDir.resolve(s.dataset()).resolve(s.file());
    }

    /** The file if it is already under {@code data/raw/} or in the mirror, without copying or downloading. */
    public Optional<Path> local(String name) {
        Path t = target(name);
        if (Files.isRegularFile(t)) return Optional.of(t);
        return mirrorCandidates(sources.get(name)).stream().findFirst();
    }

    /**
     * The verified file under {@code data/raw/}.
     *
     * @throws DigestMismatchException when a copy does not have the manifest's sha256 (no file is left behind)
     * @throws IllegalStateException   when the file is in no mirror and cannot be downloaded
     */
    public Path get(String name) {
        Source s = sources.get(name);
        Path target = target(name);
        if (Files.isRegularFile(target)) {
            if (s.sha256() != null) {
                String got = sha256(target);
                if (!got.equals(s.sha256())) {
                    throw new DigestMismatchException(s.file(), s.sha256(), got,
                            " (the copy at " + target + "; delete it to fetch the file again)");
                }
            }
            return target;
        }
        List<Path> candidates = mirrorCandidates(s);
        if (!candidates.isEmpty()) return copyFromMirror(s, candidates, target);
        return download(s, target);
    }

    private Path copyFromMirror(Source s, List<Path> candidates, Path target) {
        if (s.sha256() == null && candidates.size() > 1) {
            throw new IllegalStateException("the mirror " + mirror + " holds " + candidates.size() + " files named " + s.file()
                    + " " + candidates + " and data/sources.json pins no sha256 to tell them apart");
        }
        DigestMismatchException first = null;
        for (Path c : candidates) {
            try (InputStream in = Files.newInputStream(c)) {
                return install(s, in, target, " (mirror copy " + c + ")");
            } catch (DigestMismatchException e) {
                if (first == null) first = e;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + c + " to " + target + ": " + e.getMessage(), e);
            }
        }
        throw first;
    }

    private Path download(Source s, Path target) {
        HttpResponse<InputStream> resp;
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.url())).timeout(Duration.ofMinutes(10)).GET().build();
            resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unavailable(s, target, "downloading " + s.url() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(s, target, "the download of " + s.url() + " was interrupted");
        }
        try (InputStream body = resp.body()) {
            if (resp.statusCode() != 200) throw unavailable(s, target, s.url() + " answered HTTP " + resp.statusCode());
            return install(s, body, target, " (downloaded from " + s.url() + ")");
        } catch (IOException e) {
            throw unavailable(s, target, "downloading " + s.url() + " failed: " + e);
        }
    }

    private IllegalStateException unavailable(Source s, Path target, String why) {
        return new IllegalStateException(s.file() + " is not available: it is not in " + target.getParent()
                + (mirror == null ? " and " + MIRROR_ENV + " is not set" : " nor in the mirror " + mirror)
                + ", and " + why + ". Get it from " + s.url() + " and put it at " + target
                + " (or in a folder named by " + MIRROR_ENV + ")." + (s.note().isEmpty() ? "" : " Note: " + s.note()));
    }

    /** Streams {@code in} into a temporary file beside {@code target}, checks it, then moves it into place. */
    private Path install(Source s, InputStream in, Path target, String origin) throws IOException {
        try {
            return AtomicFiles.write(target, out -> {
                MessageDigest md = newDigest();
                long size = 0;
                byte[] buf = new byte[1 << 16];
                for (int r; (r = in.read(buf)) > 0; ) {
                    md.update(buf, 0, r);
                    out.write(buf, 0, r);
                    size += r;
                }
                String got = HexFormat.of().formatHex(md.digest());
                if (s.sha256() != null && !got.equals(s.sha256())) throw new DigestMismatchException(s.file(), s.sha256(), got, origin);
                if (s.size() != null && size != s.size()) {
                    throw new IllegalStateException("size mismatch for " + s.file() + ": expected " + s.size() + " bytes, got " + size + origin);
                }
                if (s.sha256() == null) {
                    // The manifest cannot pin what nobody here has seen; say what arrived so it can be recorded.
                    System.err.println("note: data/sources.json pins no sha256 for " + s.file() + "; the copy" + origin
                            + " has sha256 " + got + " and " + size + " bytes");
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<Path> mirrorCandidates(Source s) {
        if (mirror == null || !Files.isDirectory(mirror)) return List.of();
        if (!indexed) {
            synchronized (this) {
                if (!indexed) {
                    try (Stream<Path> walk = Files.walk(mirror)) {
                        walk.filter(Files::isRegularFile).sorted()
                                .forEach(p -> mirrorIndex.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list the mirror " + mirror + ": " + e.getMessage(), e);
                    }
                    indexed = true;
                }
            }
        }
        return mirrorIndex.getOrDefault(s.file(), List.of());
    }

    /** Lower-case hex sha256 of a file. */
    public static String sha256(Path file) {
        MessageDigest md = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** A file whose digest is not the one the manifest pins. */
    public static final class DigestMismatchException extends IllegalStateException {
        private final String expected;
        private final String actual;

        public DigestMismatchException(String file, String expected, String actual, String where) {
            super("sha256 mismatch for " + file + ": expected " + expected + ", got " + actual + where);
            this.expected = expected;
            this.actual = actual;
        }

        public String expected() { return expected; }

        public String actual() { return actual; }
    }
}
