package org.emogap.data;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class FetchTest {
    private static final byte[] BODY = "id,V,A,D\nx,3,3,3\n".getBytes(StandardCharsets.UTF_8);
    // python3 -c "import hashlib;print(hashlib.sha256(b'id,V,A,D\nx,3,3,3\n').hexdigest())"
    private static final String BODY_SHA = "155e1af83f14f91e545d0d744c17d6b4cf28655fe49ebc80ac129c9520a2891e";

    @TempDir Path tmp;
    private HttpServer server;
    private HttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok.csv", ex -> {
            ex.sendResponseHeaders(200, BODY.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(BODY); }
        });
        server.createContext("/cut.csv", ex -> {
            // announces the whole body, sends half, then hangs up: a broken download
            ex.sendResponseHeaders(200, BODY.length);
            OutputStream o = ex.getResponseBody();
            o.write(BODY, 0, BODY.length / 2);
            o.flush();
            ex.getHttpContext().getServer().stop(0);
        });
        server.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() { server.stop(0); }

    private String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    private static Source source(String url, String sha, Long size) {
        return new Source("t", "ds", "t.csv", url, sha, size, "MIT", "nobody", "");
    }

    private Fetch fetch(Source s, Path mirror) { return new Fetch(Sources.of(List.of(s)), tmp.resolve("raw"), mirror, http); }

    private static String sha(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    private long filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) { return s.count(); }
    }

    @Test
    void downloadsVerifiesAndMovesIntoPlace() throws Exception {
        String good = BODY_SHA;
        Path p = fetch(source(url("/ok.csv"), good, (long) BODY.length), null).get("t");
        assertEquals(tmp.resolve("raw/ds/t.csv"), p);
        assertArrayEquals(BODY, Files.readAllBytes(p));
        assertEquals(1, filesIn(p.getParent()), "no temporary file left beside it");
        // second call: already present and verified, no download (server stopped)
        server.stop(0);
        assertEquals(p, fetch(source(url("/ok.csv"), good, (long) BODY.length), null).get("t"));
    }

    @Test
    void mismatchIsRefusedWithBothHashesAndLeavesNoFile() throws Exception {
        String wrong = "0".repeat(64);
        Fetch.DigestMismatchException e = assertThrows(Fetch.DigestMismatchException.class,
                () -> fetch(source(url("/ok.csv"), wrong, null), null).get("t"));
        assertTrue(e.getMessage().startsWith("sha256 mismatch for t.csv: expected " + wrong + ", got " + BODY_SHA), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("raw/ds/t.csv")));
        assertEquals(0, filesIn(tmp.resolve("raw/ds")), "the temporary file is removed too");
    }

    @Test
    void brokenDownloadLeavesNoFile() throws Exception {
        assertThrows(IllegalStateException.class, () -> fetch(source(url("/cut.csv"), null, null), null).get("t"));
        assertEquals(0, filesIn(tmp.resolve("raw/ds")));
    }

    @Test
    void httpErrorIsReported() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fetch(source(url("/missing.csv"), null, null), null).get("t"));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void offlineWithoutMirrorSaysWhatIsMissingWhereToGetItAndWhereToPutIt() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) { closedPort = s.getLocalPort(); }
        String u = "http://127.0.0.1:" + closedPort + "/t.csv";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fetch(source(u, null, null), null).get("t"));
        String m = e.getMessage();
        assertTrue(m.startsWith("t.csv is not available"), m);
        assertTrue(m.contains("Get it from " + u), m);
        assertTrue(m.contains("put it at " + tmp.resolve("raw/ds/t.csv")), m);
        assertTrue(m.contains(Fetch.MIRROR_ENV), m);
    }

    @Test
    void mirrorIsSearchedByFileNameAndVerified() throws Exception {
        Path mirror = tmp.resolve("mirror");
        Files.createDirectories(mirror.resolve("deep/er"));
        Files.write(mirror.resolve("deep/er/t.csv"), BODY);
        Path p = fetch(source("http://127.0.0.1:1/never", BODY_SHA, (long) BODY.length), mirror).get("t");
        assertArrayEquals(BODY, Files.readAllBytes(p));
        // a mirror copy with other bytes is refused and nothing is installed
        Files.delete(p);
        Files.write(mirror.resolve("deep/er/t.csv"), "other".getBytes(StandardCharsets.UTF_8));
        Fetch.DigestMismatchException e = assertThrows(Fetch.DigestMismatchException.class,
                () -> fetch(source("http://127.0.0.1:1/never", BODY_SHA, null), mirror).get("t"));
        assertTrue(e.getMessage().contains("mirror copy"), e.getMessage());
        assertFalse(Files.exists(p));
    }

    @Test
    void aCorruptedLocalCopyIsReportedNotUsed() throws Exception {
        Path target = tmp.resolve("raw/ds/t.csv");
        Files.createDirectories(target.getParent());
        Files.write(target, "changed".getBytes(StandardCharsets.UTF_8));
        Fetch.DigestMismatchException e = assertThrows(Fetch.DigestMismatchException.class,
                () -> fetch(source(url("/ok.csv"), BODY_SHA, null), null).get("t"));
        assertEquals(BODY_SHA, e.expected());
        assertEquals(sha("changed".getBytes(StandardCharsets.UTF_8)), e.actual());
    }

    @Test
    void sha256OfAKnownString() throws Exception {
        // python3 -c "import hashlib;print(hashlib.sha256(b'abc').hexdigest())"
        Path f = tmp.resolve("abc");
        Files.writeString(f, "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Fetch.sha256(f));
    }
}
