package org.emogap.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CellEvaluatorTest {
    static CellEvaluator shell;
    @TempDir static Path dir;

    @BeforeAll static void start() {
        shell = new CellEvaluator(dir);
    }

    @AfterAll static void stop() {
        shell.close();
    }

    @Test
    void lastExpressionIsReturnedAsTheObjectItself() throws Exception {
        CellEvaluator.Result r = shell.eval("int a = 2;\nList<Integer> xs = List.of(a, 3);\nxs");
        assertTrue(r.hasValue());
        assertEquals(List.of(2, 3), r.value());
        assertEquals(7, shell.eval("a + 5").value());
    }

    @Test
    void statementsAndDeclarationsShowNothing() throws Exception {
        assertFalse(shell.eval("int b = 4;").hasValue());
        assertFalse(shell.eval("System.out.print(\"\");").hasValue());
        assertFalse(shell.eval("void noop() {}").hasValue());
    }

    @Test
    void definitionsPersistAndCanBeRedefined() throws Exception {
        shell.eval("int twice(int x) { return 2 * x; }");
        assertEquals(8, shell.eval("twice(4)").value());
        shell.eval("int twice(int x) { return 3 * x; }");
        assertEquals(12, shell.eval("twice(4)").value());
        shell.eval("record P(int x) {}");
        assertEquals("P[x=1]", shell.eval("new P(1).toString()").value());
    }

    @Test
    void nullValueIsAValue() throws Exception {
        CellEvaluator.Result r = shell.eval("String s = null;\ns");
        assertTrue(r.hasValue());
        assertNull(r.value());
    }

    @Test
    void runtimeErrorNamesExceptionAndCellLine() {
        CellError e = assertThrows(CellError.class, () -> shell.eval("int c = 1;\n\nint[] arr = new int[1];\nint d = arr[c];"));
        assertEquals("java.lang.ArrayIndexOutOfBoundsException", e.name());
        assertTrue(e.getMessage().contains("cell line 4"), e.getMessage());
        CellError e2 = assertThrows(CellError.class, () -> shell.eval("void boom() {\n  throw new IllegalStateException(\"bad\");\n}\nboom();"));
        assertEquals("java.lang.IllegalStateException", e2.name());
        assertTrue(e2.getMessage().contains("bad"), e2.getMessage());
    }

    @Test
    void compileErrorNamesCellLine() {
        CellError e = assertThrows(CellError.class, () -> shell.eval("int ok = 1;\nint bad = \"text\";"));
        assertEquals("CompilationError", e.name());
        assertTrue(e.getMessage().startsWith("cell line 2: "), e.getMessage());
    }

    @Test
    void libraryClassesAndTheirStaticStateAreVisible() throws Exception {
        org.emogap.notebook.Show.install(null);
        assertEquals(org.emogap.Emogap.version(), shell.eval("org.emogap.Emogap.version()").value());
        // same class object: the library is not loaded a second time by the snippet class loader
        assertSame(org.emogap.Emogap.class, shell.eval("org.emogap.Emogap.class").value());
    }

    @Test
    void classpathMagicAddsJarsByGlobRelativeToTheNotebook() throws Exception {
        Path jars = Files.createDirectories(dir.resolve("jars"));
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(src.resolve("Hello.java"), "package demo; public class Hello { public static String hi() { return \"hi\"; } }");
        javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.resolve("classes").toString(),
                src.resolve("Hello.java").toString());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jars.resolve("hello.jar")))) {
            out.putNextEntry(new java.util.jar.JarEntry("demo/Hello.class"));
            out.write(Files.readAllBytes(dir.resolve("classes/demo/Hello.class")));
        }
        assertEquals("hi", shell.eval("%classpath jars/*.jar\ndemo.Hello.hi()").value());
        CellError e = assertThrows(CellError.class, () -> shell.eval("%classpath nowhere/*.jar"));
        assertTrue(e.getMessage().contains("matches nothing"), e.getMessage());
    }

    @Test
    void completionSuggestsMembers() throws Exception {
        shell.eval("String s2 = \"\";");
        // "int q = 1;\n" is 11 characters, so "s2.subs" starts at 11 and "subs" at 14
        CellEvaluator.Completion c = shell.complete("int q = 1;\ns2.subs", 18);
        assertTrue(c.replacements().stream().anyMatch(r -> r.startsWith("substring")), c.toString());
        assertEquals(14, c.start());
        assertEquals(18, c.end());
    }

    @Test
    void completenessForFrontends() {
        assertEquals("complete", shell.completeness("int z = 1;"));
        assertEquals("incomplete", shell.completeness("for (int i = 0; i < 3; i++) {"));
    }

    @Test
    void documentationOfAMethodName() {
        String doc = shell.documentation("Math.max", 8);
        assertNotNull(doc);
        assertTrue(doc.contains("max("), doc);
    }

    @Test
    void interruptStopsARunningCellAndTheNextCellRuns() throws Exception {
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var running = pool.submit(() -> shell.eval("int before = 1;\nThread.sleep(60_000);\nint after = 2;"));
            // interrupts that arrive while the snippets are still being compiled must count too
            for (int i = 0; i < 50 && !running.isDone(); i++) {
                Thread.sleep(100);
                shell.interrupt();
            }
            var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> running.get(10, java.util.concurrent.TimeUnit.SECONDS));
            assertInstanceOf(CellError.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("interrupted"), e.getCause().getMessage());
            assertEquals(3, shell.eval("1 + 2").value());
            // an interrupt while nothing runs is ignored rather than falling on the next cell
            shell.interrupt();
            assertEquals(4, shell.eval("2 + 2").value());
        } finally {
            pool.shutdownNow();
        }
    }
}
